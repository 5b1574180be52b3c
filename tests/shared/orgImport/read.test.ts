import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../shared/orgImport/decode';
import { readCsv } from '../../../shared/orgImport/csv';
import { IMPORT_LIMITS } from '../../../shared/model/limits';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/import/${name}`));

describe('decoding', () => {
  it('reads windows-1252 bytes that are not UTF-8 as windows-1252', () => {
    expect(decodeBytes(Uint8Array.from([0x52, 0x65, 0x6e, 0xe9, 0x20, 0x4a, 0x6f, 0xeb, 0x6c]))).toEqual({ text: 'René Joël', encoding: 'windows-1252' });
  });

  it('drops a UTF-8 byte-order mark and reads UTF-8', () => {
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, 0xc3, 0xa9]))).toEqual({ text: 'é', encoding: 'utf-8' });
  });

  it('obeys the encoding the user chose', () => {
    // "Ã©" is what UTF-8's é looks like read as windows-1252: the user asked for it.
    expect(decodeBytes(Uint8Array.from([0xc3, 0xa9]), 'windows-1252').text).toBe('Ã©');
  });
});

describe('reading a CSV', () => {
  it('reads the Dutch Excel export: windows-1252, `;`, accented names, a quoted `;`', () => {
    const result = readCsv(fixture('medewerkers-1252.csv'));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const table = result.value;
    expect(table).toMatchObject({ source: 'csv', delimiter: ';', encoding: 'windows-1252', headerLine: 1 });
    expect(table.headers).toEqual(['Personeelsnummer', 'Voornaam', 'Tussenvoegsel', 'Achternaam', 'Functie', 'Afdeling', 'Leidinggevende']);
    expect(table.rows[1]).toEqual({ line: 3, cells: ['1002', 'René', '', 'Jansen', 'Marketingmanager', 'Marketing', '1001'] });
    expect(table.rows[7].cells[4]).toBe('Community manager; online');
    expect(table.rows.map((r) => r.cells[1])).toContain('Chloë');
  });

  it('reads a UTF-8 CSV with a byte-order mark, commas and a quoted comma', () => {
    const result = readCsv(fixture('employees-bom.csv'));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value).toMatchObject({ delimiter: ',', encoding: 'utf-8' });
    expect(result.value.headers[0]).toBe('Employee ID');
    expect(result.value.rows[2].cells[1]).toBe('Smith, Jane');
  });

  it('uses the delimiter it is given', () => {
    const result = readCsv(new TextEncoder().encode('Naam|Afdeling\nAnna|Directie\n'), { delimiter: '|' });
    expect(result.ok && result.value.rows[0].cells).toEqual(['Anna', 'Directie']);
  });

  it('keeps spreadsheet row numbers past blank lines and a title line', () => {
    const result = readCsv(new TextEncoder().encode('Export 2026\nNaam;Afdeling\n\nAnna;Directie\n;\nBert;Marketing\n'));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value.headerLine).toBe(2);
    expect(result.value.rows.map((r) => r.line)).toEqual([4, 6]);
  });

  it('refuses an empty file, a header without rows, too many bytes and too many rows', () => {
    expect(readCsv(new Uint8Array())).toEqual({ ok: false, problems: [{ code: 'empty', params: {} }] });
    expect(readCsv(fixture('header-only.csv'))).toEqual({ ok: false, problems: [{ code: 'empty', params: {} }] });
    const big = new Uint8Array(IMPORT_LIMITS.maxBytes + 1);
    expect(readCsv(big)).toEqual({ ok: false, problems: [{ code: 'tooLarge', params: { size: IMPORT_LIMITS.maxBytes + 1, limit: IMPORT_LIMITS.maxBytes } }] });
    const rows = ['Naam', ...Array.from({ length: IMPORT_LIMITS.maxRows + 5 }, (_, i) => `P${i}`)].join('\n');
    expect(readCsv(new TextEncoder().encode(rows))).toEqual({ ok: false, problems: [{ code: 'tooManyRows', params: { count: IMPORT_LIMITS.maxRows + 5, limit: IMPORT_LIMITS.maxRows } }] });
  });

  it('says where the quoting breaks', () => {
    const result = readCsv(new TextEncoder().encode('Naam,Afdeling\nAnna,Directie\n"Bert,Marketing\n'));
    expect(!result.ok && result.problems[0]).toMatchObject({ code: 'csvError', line: 3 });
  });
});

describe("draw.io's CSV format", () => {
  it('reads the configuration: the name from the label, the reporting line from the connect that manages', () => {
    const result = readCsv(fixture('drawio-orgchart.txt'));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const table = result.value;
    expect(table.source).toBe('drawio');
    expect(table.headers).toEqual(['name', 'position', 'id', 'location', 'manager', 'fill', 'refs']);
    expect(table.hints).toEqual({ name: 'name', manager: 'manager', id: 'name' });
    // Line numbers of the file: the CSV header is line 12, the first person line 13.
    expect(table.headerLine).toBe(12);
    expect(table.rows[0]).toMatchObject({ line: 13, cells: ['Tessa Miller', 'CFO', 'emi', 'Office 1', '', '#dae8fc', ''] });
    expect(table.rows[2].cells[6]).toBe('emo,tva');
  });

  it('takes the identity column when references point at it, and the first connect without a label', () => {
    const text = '# identity: key\n# connect: {"from": "boss", "to": "key"}\nkey,label,boss\na,Anna,\nb,Bert,a\n';
    const result = readCsv(new TextEncoder().encode(text));
    expect(result.ok && result.value.hints).toEqual({ name: 'key', manager: 'boss', id: 'key' });
    const labelled = readCsv(new TextEncoder().encode('# label: %label%\n' + text));
    expect(labelled.ok && labelled.value.hints?.name).toBe('label');
  });

  it('names the configuration line it cannot read', () => {
    const result = readCsv(new TextEncoder().encode('## org\n# connect: {from: manager}\nname,manager\nA,\n'));
    expect(!result.ok && result.problems[0]).toMatchObject({ code: 'badDrawioConfig', line: 2, params: { key: 'connect' } });
  });
});

describe('other encodings Excel writes', () => {
  it('reads "Unicode text": UTF-16 with a byte-order mark, tab-separated', () => {
    const text = 'Naam\tAfdeling\r\nZoë\tCommunicatie\r\n';
    const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const result = readCsv(bytes);
    expect(result.ok && result.value).toMatchObject({ delimiter: '\t', rows: [{ line: 2, cells: ['Zoë', 'Communicatie'] }] });
  });
});
