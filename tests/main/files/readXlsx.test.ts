import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../main/files/readXlsx';
import { IMPORT_LIMITS } from '../../../shared/model/limits';

async function book(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Blad1');
  for (const row of rows) sheet.addRow(row);
  workbook.addWorksheet('Blad2').addRow(['Naam', 'Afdeling']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('reading an XLSX', () => {
  it('finds the header under title rows, reads numbers as text and keeps sheet row numbers', async () => {
    const result = await readXlsx(await book([['Export 2026'], [], ['Nr', 'Naam', 'Leidinggevende'], [1, 'Anna', null], [], [2, 'Bert', 1]]));
    expect(result).toEqual({
      ok: true,
      value: { source: 'xlsx', headerLine: 3, headers: ['Nr', 'Naam', 'Leidinggevende'], rows: [{ line: 4, cells: ['1', 'Anna', ''] }, { line: 6, cells: ['2', 'Bert', '1'] }] },
    });
  });

  it('stops past the row limit and says so', async () => {
    const rows = [['Naam', 'Afdeling'], ...Array.from({ length: IMPORT_LIMITS.maxRows + 20 }, (_, i) => [`P${i}`, 'D'])];
    expect(await readXlsx(await book(rows))).toEqual({ ok: false, problems: [{ code: 'tooManyRowsStopped', params: { limit: IMPORT_LIMITS.maxRows } }] });
  });

  it('refuses what is not a workbook: a CSV renamed, a broken zip, a sheet without people', async () => {
    expect(await readXlsx(Buffer.from('Naam,Afdeling\nAnna,Directie\n'))).toMatchObject({ ok: false, problems: [{ code: 'notSpreadsheet' }] });
    const broken = await readXlsx(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]));
    expect(broken).toMatchObject({ ok: false, problems: [{ code: 'notSpreadsheet' }] });
    expect(await readXlsx(await book([['Naam', 'Afdeling']]))).toEqual({ ok: false, problems: [{ code: 'empty', params: {} }] });
  });
});
