import { describe, expect, it } from 'vitest';
import { checkRows, MAX_LISTED_PROBLEMS } from '../../../shared/orgImport/checks';
import type { ColumnMapping } from '../../../shared/orgImport/columns';
import type { ImportTable } from '../../../shared/orgImport/table';

const MAPPING: ColumnMapping = { id: 0, name: [1], title: 2, department: 3, manager: 4 };

/** Rows as the user sees them: the header is row 1, so the first person is row 2. */
function table(rows: string[][], source: ImportTable['source'] = 'csv'): ImportTable {
  return { source, headers: ['Nr', 'Naam', 'Functie', 'Afdeling', 'Leidinggevende'], headerLine: 1, rows: rows.map((cells, i) => ({ line: i + 2, cells })) };
}

describe('checks', () => {
  it('links people to their managers by id, then by name', () => {
    const result = checkRows(table([['1', 'Anna', 'Directeur', 'Directie', ''], ['2', 'Bert', 'Manager', 'Marketing', '1'], ['3', 'Cor', 'Medewerker', 'Marketing', 'bert']]), MAPPING);
    expect(result.ok && result.value.map((p) => [p.key, p.managers])).toEqual([['1', []], ['2', ['1']], ['3', ['2']]]);
  });

  it('reads a person who is their own manager as the top, not as a loop', () => {
    const result = checkRows(table([['1', 'Anna', 'Directeur', 'Directie', '1']]), MAPPING);
    expect(result.ok && result.value[0].managers).toEqual([]);
  });

  it('finds a loop of managers once, from its first row, with every row in it', () => {
    const result = checkRows(table([['1', 'Anna', '', 'D', '3'], ['2', 'Bert', '', 'D', '1'], ['3', 'Cor', '', 'D', '2'], ['4', 'Dirk', '', 'D', '1']]), MAPPING);
    expect(result).toEqual({ ok: false, problems: [{ code: 'managerLoop', line: 2, params: { chain: 'Anna → Cor → Bert → Anna', rows: '2, 4, 3' } }] });
  });

  it('names a manager who matches nobody, one who matches several people, and a duplicate id', () => {
    const result = checkRows(
      table([['1', 'Anna', '', 'D', ''], ['2', 'Jan', '', 'D', '1'], ['3', 'Jan', '', 'D', '1'], ['4', 'Piet', '', 'D', 'jan'], ['5', 'Klaas', '', 'D', '1043'], ['5', 'Kees', '', 'D', '1']]),
      MAPPING,
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { code: 'ambiguousManager', line: 5, params: { manager: 'jan', rows: '3, 4' } },
        { code: 'danglingManager', line: 6, params: { manager: '1043' } },
        { code: 'duplicateId', line: 7, params: { id: '5', first: 6 } },
      ],
    });
  });

  it('passes over empty rows, but not a row with a number and no one in it', () => {
    const result = checkRows(table([['', '', '', '', ''], ['7', '', '', 'Marketing', '']]), MAPPING);
    expect(result).toEqual({ ok: false, problems: [{ code: 'noName', line: 3, params: {} }] });
  });

  it('lists at most MAX_LISTED_PROBLEMS, then says how many more there are', () => {
    const rows = Array.from({ length: MAX_LISTED_PROBLEMS + 30 }, (_, i) => [String(i + 1), `P${i}`, '', 'D', 'nobody']);
    const result = checkRows(table(rows), MAPPING);
    if (result.ok) throw new Error('expected problems');
    expect(result.problems).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(result.problems.at(-1)).toEqual({ code: 'moreProblems', params: { count: 30 } });
  });

  it("splits a draw.io cell that names several managers, and no other file's", () => {
    const rows = [['a', 'A', '', '', ''], ['b', 'B', '', '', ''], ['c', 'C', '', '', 'a,b']];
    const drawio = checkRows(table(rows, 'drawio'), MAPPING);
    expect(drawio.ok && drawio.value[2].managers).toEqual(['a', 'b']);
    const csv = checkRows(table(rows), MAPPING);
    expect(!csv.ok && csv.problems[0]).toMatchObject({ code: 'danglingManager', params: { manager: 'a,b' } });
  });

  it('works without an id column, by names, keyed by row', () => {
    const result = checkRows(table([['', 'Anna', '', 'D', ''], ['', 'Bert', '', 'D', 'Anna']]), { name: [1], department: 3, manager: 4 });
    expect(result.ok && result.value.map((p) => [p.key, p.managers])).toEqual([['#2', []], ['#3', ['#2']]]);
  });
});
