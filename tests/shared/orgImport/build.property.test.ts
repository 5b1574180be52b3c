import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { childrenOutside, overlappingPairs } from '../../../shared/geometry/crossings';
import { parseBoardValue } from '../../../shared/model/parse';
import { importTable, type ImportTable } from '../../../shared/orgImport';

/** Any org chart without loops: each person's manager is someone earlier in the file, or nobody. */
const orgTable = fc
  .array(fc.record({ department: fc.integer({ min: 0, max: 12 }), manager: fc.option(fc.nat(), { nil: undefined }), title: fc.constantFrom('Webcare', 'Directeur', 'Analist', '', 'Woordvoerder') }), { minLength: 1, maxLength: 80 })
  .map((people): ImportTable => ({
    source: 'csv',
    headers: ['Nr', 'Naam', 'Functie', 'Afdeling', 'Leidinggevende'],
    headerLine: 1,
    rows: people.map((p, i) => ({
      line: i + 2,
      cells: [String(i + 1), `Persoon ${i + 1}`, p.title, `Afdeling ${p.department}`, p.manager === undefined || i === 0 ? '' : String((p.manager % i) + 1)],
    })),
  }));

describe('any imported org chart', () => {
  it('parses, overlaps no box, keeps every role inside its department and draws a line per manager', () => {
    fc.assert(
      fc.property(orgTable, (table) => {
        const result = importTable(table, { name: 'x', noDepartment: 'y' });
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        const { board } = result.value;
        expect(parseBoardValue(JSON.parse(JSON.stringify(board))).ok).toBe(true);
        expect(overlappingPairs(board)).toEqual([]);
        expect(childrenOutside(board)).toEqual([]);
        expect(board.edges).toHaveLength(table.rows.filter((r) => r.cells[4] !== '').length);
      }),
      { numRuns: 60 },
    );
  });
});
