/** The dialog's pure steps: the first mapping, a select's value and back, checks and build, the name from the file. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../shared/orgImport/csv';
import type { ImportTable } from '../../../shared/orgImport/table';
import { fieldValue, initialMapping, nameChoices, nameFromFile, planImport, withField } from '../../../renderer/import/importPlan';
import { fileKind, sizeProblem } from '../../../renderer/import/readFile';
import { IMPORT_LIMITS } from '../../../shared/model/limits';

const read = (name: string): ImportTable => {
  const result = readCsv(readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url)));
  if (!result.ok) throw new Error(`${name}: ${result.problems.map((p) => p.code).join()}`);
  return result.value;
};
const options = { name: 'Medewerkers', noDepartment: 'Geen afdeling' };

describe("the import dialog's plan", () => {
  const dutch = read('medewerkers-1252.csv');

  it('starts from the guesses: the name from its three parts, offered as one choice first', () => {
    const mapping = initialMapping(dutch);
    const header = (i: number | undefined) => (i === undefined ? undefined : dutch.headers[i]);
    expect(mapping.name.map(header)).toEqual(['Voornaam', 'Tussenvoegsel', 'Achternaam']);
    expect([header(mapping.title), header(mapping.department), header(mapping.manager), header(mapping.id)]).toEqual(['Functie', 'Afdeling', 'Leidinggevende', 'Personeelsnummer']);
    const choices = nameChoices(dutch, mapping);
    expect(choices[0]).toEqual({ value: fieldValue(mapping, 'name'), label: 'Voornaam + Tussenvoegsel + Achternaam' });
    expect(choices).toHaveLength(dutch.headers.length + 1);
  });

  it("takes draw.io's own hints for the manager column", () => {
    const drawio = read('drawio-orgchart.txt');
    expect(drawio.headers[initialMapping(drawio).manager!]).toBe('manager');
  });

  it('turns a select value into the mapping and back; "none" removes the field', () => {
    const mapping = initialMapping(dutch);
    const title = dutch.headers.indexOf('Functie');
    expect(fieldValue(withField(mapping, 'department', String(title)), 'department')).toBe(String(title));
    const noManager = withField(mapping, 'manager', '');
    expect(noManager.manager).toBeUndefined();
    expect(fieldValue(noManager, 'manager')).toBe('');
    expect(withField(mapping, 'name', '1+3').name).toEqual([1, 3]);
  });

  it('builds the board and counts what it adds', () => {
    const plan = planImport(dutch, initialMapping(dutch), options);
    expect(plan.ok && plan.value.summary).toEqual({ departments: 5, roles: 10, reportingLines: 9 });
    expect(plan.ok && plan.value.board.profile.name).toBe('Medewerkers');
  });

  it('without the manager column: no reporting lines, nothing refused', () => {
    const plan = planImport(dutch, withField(initialMapping(dutch), 'manager', ''), options);
    expect(plan.ok && plan.value.summary.reportingLines).toBe(0);
  });

  it('says what stops the import, with the row: no name column, a loop, a dangling manager', () => {
    const noName = planImport(dutch, withField(initialMapping(dutch), 'name', ''), options);
    expect(noName.ok || noName.problems).toEqual([{ code: 'missingColumn', line: 1, params: { field: 'name', headers: dutch.headers.join(', ') } }]);
    const loop = read('loop.csv');
    const looped = planImport(loop, initialMapping(loop), options);
    expect(looped.ok || looped.problems.map((p) => [p.code, p.line])).toEqual([['managerLoop', 2]]);
    const dangling = read('dangling-manager.csv');
    const dangled = planImport(dangling, initialMapping(dangling), options);
    expect(dangled.ok || dangled.problems.map((p) => [p.code, p.line, p.params.manager])).toEqual([['danglingManager', 4, '1043']]);
  });

  it('names the organisation after the file', () => {
    expect(nameFromFile('Personeel 2026.xlsx')).toBe('Personeel 2026');
    expect(nameFromFile('hr_export_dec.csv')).toBe('hr export dec');
  });

  it('tells a workbook by its content and refuses an oversized file from its size alone', () => {
    expect(fileKind(readFileSync(new URL('../../fixtures/import/personeel.xlsx', import.meta.url)))).toBe('xlsx');
    expect(fileKind(new TextEncoder().encode('PK but text'))).toBe('csv');
    expect(sizeProblem(IMPORT_LIMITS.maxBytes)).toBeUndefined();
    expect(sizeProblem(50 * 1024 * 1024)?.problems).toEqual([{ code: 'tooLarge', params: { size: 50 * 1024 * 1024, limit: IMPORT_LIMITS.maxBytes } }]);
  });
});
