/**
 * The app's workbook reader (exceljs's browser build, run in the import worker) gives the
 * very table the command line's streaming reader gives: same headers, rows and row numbers.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../main/files/readXlsx';
import { IMPORT_LIMITS } from '../../../shared/model/limits';
import { readWorkbook } from '../../../renderer/import/readWorkbook';

const fixture = readFileSync(new URL('../../fixtures/import/personeel.xlsx', import.meta.url));
const arrayBuffer = (bytes: Uint8Array) => bytes.slice().buffer;

describe('readWorkbook (the import worker)', () => {
  it('reads the XLSX fixture as main/files/readXlsx.ts does: title rows skipped, sheet row numbers kept', async () => {
    const app = await readWorkbook(arrayBuffer(fixture));
    expect(app).toEqual(await readXlsx(fixture));
    expect(app.ok && app.value.headerLine).toBe(3);
    expect(app.ok && app.value.rows[0]).toEqual({ line: 4, cells: ['2001', 'Marieke de Boer', 'Directeur', 'Directie', ''] });
  });

  it('refuses what is not a workbook, and a file over the size limit, before unpacking', async () => {
    const csv = await readWorkbook(arrayBuffer(new TextEncoder().encode('Naam;Afdeling\nAnna;Directie\n')));
    expect(csv.ok || csv.problems.map((p) => p.code)).toEqual(['notSpreadsheet']);
    const big = new Uint8Array(IMPORT_LIMITS.maxBytes + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    const refused = await readWorkbook(arrayBuffer(big));
    expect(refused.ok || refused.problems.map((p) => p.code)).toEqual(['tooLarge']);
  });

  it('stops past the row limit and says so', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Blad1');
    sheet.addRow(['Nr', 'Naam']);
    for (let i = 0; i <= IMPORT_LIMITS.maxRows + 20; i++) sheet.addRow([i, `Persoon ${i}`]);
    const result = await readWorkbook(arrayBuffer(new Uint8Array(await book.xlsx.writeBuffer())));
    expect(result.ok || result.problems).toEqual([{ code: 'tooManyRowsStopped', params: { limit: IMPORT_LIMITS.maxRows } }]);
  });
});
