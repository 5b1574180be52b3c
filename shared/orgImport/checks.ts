/**
 * Rows to people, and everything that stops them from being an org chart, each problem with
 * the row the user will look for: a row without a name, an id used twice, a manager who
 * matches nobody (or several people), managers that go round in a loop, too many rows.
 *
 * A manager cell is looked up among the ids first (when there is an id column), then among
 * the names (an HR export names the manager either way). A person who is their own manager
 * is the top of the chart: many HR systems write the director's own number there, so that
 * is read as "no manager", not as a loop.
 */
import { IMPORT_LIMITS, LIMITS } from '../model/limits';
import type { ColumnMapping } from './columns';
import { importProblem, type ImportProblem, type ImportResult, type ImportTable } from './table';

export interface Person {
  line: number;
  /** The id cell, or `#<line>` when the file has no id column (or the cell is empty). */
  key: string;
  name: string;
  title: string;
  department: string;
  /** Keys of the people this one reports to (one, except in a draw.io chart). */
  managers: string[];
}

/** Problems listed before the rest is summed up in one line. */
export const MAX_LISTED_PROBLEMS = 100;

const lowered = (text: string) => text.trim().toLocaleLowerCase();

export function checkRows(table: ImportTable, mapping: ColumnMapping): ImportResult<Person[]> {
  const problems: ImportProblem[] = [];
  if (table.rows.length > IMPORT_LIMITS.maxRows) {
    return { ok: false, problems: [importProblem('tooManyRows', { count: table.rows.length, limit: IMPORT_LIMITS.maxRows })] };
  }
  const cell = (cells: string[], column: number | undefined) => (column === undefined ? '' : (cells[column] ?? '').trim());
  const people: Person[] = [];
  const managerCells: string[] = [];
  const byKey = new Map<string, Person>();
  const byName = new Map<string, Person[]>();
  for (const row of table.rows) {
    const name = mapping.name.map((c) => cell(row.cells, c)).filter((part) => part !== '').join(' ');
    const title = cell(row.cells, mapping.title);
    const idCell = cell(row.cells, mapping.id);
    const managerCell = cell(row.cells, mapping.manager);
    const department = cell(row.cells, mapping.department);
    if (name === '' && title === '') {
      // A row with nothing we read (a total line, a note) is passed over; one with an id,
      // a department or a manager but nobody in it is a mistake the user should see.
      if (idCell || managerCell || department) problems.push(importProblem('noName', {}, row.line));
      continue;
    }
    const key = idCell || `#${row.line}`;
    const earlier = byKey.get(key);
    if (earlier) {
      problems.push(importProblem('duplicateId', { id: idCell, first: earlier.line }, row.line));
      continue;
    }
    const person: Person = { line: row.line, key, name, title, department, managers: [] };
    people.push(person);
    managerCells.push(managerCell);
    byKey.set(key, person);
    if (name) byName.set(lowered(name), [...(byName.get(lowered(name)) ?? []), person]);
  }
  const hasIds = mapping.id !== undefined;
  people.forEach((person, i) => {
    // draw.io lets one cell name several rows; an HR export's manager cell is one reference.
    const refs = table.source === 'drawio' ? managerCells[i].split(',') : [managerCells[i]];
    for (const ref of refs.map((r) => r.trim()).filter((r) => r !== '')) {
      const byId = hasIds ? byKey.get(ref) : undefined;
      const named = byId ? [byId] : (byName.get(lowered(ref)) ?? []);
      if (named.length === 0) problems.push(importProblem('danglingManager', { manager: ref }, person.line));
      else if (named.length > 1) problems.push(importProblem('ambiguousManager', { manager: ref, rows: named.map((p) => p.line).join(', ') }, person.line));
      else if (named[0] !== person && !person.managers.includes(named[0].key)) person.managers.push(named[0].key);
    }
  });
  problems.push(...findLoops(people, byKey));
  const departments = new Set(people.map((p) => lowered(p.department)));
  if (people.length + departments.size > LIMITS.maxNodes) {
    problems.push(importProblem('tooManyNodes', { count: people.length + departments.size, limit: LIMITS.maxNodes }));
  }
  if (problems.length) return { ok: false, problems: listed(problems) };
  if (people.length === 0) return { ok: false, problems: [importProblem('empty')] };
  return { ok: true, value: people };
}

/** The first MAX_LISTED_PROBLEMS in row order, and a line saying how many more there are. */
function listed(problems: ImportProblem[]): ImportProblem[] {
  const sorted = [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (sorted.length <= MAX_LISTED_PROBLEMS) return sorted;
  return [...sorted.slice(0, MAX_LISTED_PROBLEMS), importProblem('moreProblems', { count: sorted.length - MAX_LISTED_PROBLEMS })];
}

/**
 * Each loop of managers once, as the chain of names from its first row round to it again.
 * Iterative (a 4,000-deep chain of managers must not overflow the stack).
 */
function findLoops(people: readonly Person[], byKey: ReadonlyMap<string, Person>): ImportProblem[] {
  const state = new Map<string, 'open' | 'done'>();
  const problems: ImportProblem[] = [];
  for (const start of people) {
    if (state.has(start.key)) continue;
    const path: { person: Person; next: number }[] = [{ person: start, next: 0 }];
    state.set(start.key, 'open');
    while (path.length) {
      const top = path[path.length - 1];
      if (top.next >= top.person.managers.length) {
        state.set(top.person.key, 'done');
        path.pop();
        continue;
      }
      const manager = byKey.get(top.person.managers[top.next++])!;
      const seen = state.get(manager.key);
      if (seen === 'open') {
        const from = path.findIndex((step) => step.person === manager);
        const loop = path.slice(from).map((step) => step.person);
        const first = loop.reduce((a, b) => (b.line < a.line ? b : a));
        const at = loop.indexOf(first);
        const ordered = [...loop.slice(at), ...loop.slice(0, at), first];
        const label = (p: Person) => p.name || p.title;
        problems.push(importProblem('managerLoop', { chain: ordered.map(label).join(' → '), rows: ordered.slice(0, -1).map((p) => p.line).join(', ') }, first.line));
      } else if (seen === undefined) {
        state.set(manager.key, 'open');
        path.push({ person: manager, next: 0 });
      }
    }
  }
  return problems;
}
