import { existsSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './runCli';
import { parseBoard } from '../../shared/model/parse';

const FIXTURES = 'tests/fixtures/import';
const dir = mkdtempSync(join(tmpdir(), 'orgcanvas-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...argv: string[]) => runCli(argv);

let n = 0;
const target = () => join(dir, `board-${++n}.orgcanvas`);

function readBoard(path: string) {
  const parsed = parseBoard(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

describe('orgcanvas import', () => {
  it('imports the Dutch windows-1252 `;` export, with accents intact, and says so in one line', async () => {
    const out = target();
    expect(await run('import', `${FIXTURES}/medewerkers-1252.csv`, '--out', out)).toEqual({ code: 0, out: ['ok: 5 departments, 10 roles, 9 reporting lines'], err: [] });
    const persons = readBoard(out).nodes.flatMap((node) => (node.kind === 'role' ? [node.data.person] : []));
    expect(persons).toContain('René Jansen');
    expect(persons).toContain('Sébastien de Groot');
    expect(persons).toContain('Chloë van Dijk');
  });

  it('says the summary in Dutch with --lang nl', async () => {
    expect((await run('import', `${FIXTURES}/medewerkers-1252.csv`, '--out', target(), '--lang', 'nl')).out).toEqual(['ok: 5 afdelingen, 10 rollen, 9 rapportagelijnen']);
  });

  it('imports the UTF-8 CSV with a byte-order mark, the XLSX and the draw.io CSV', async () => {
    expect((await run('import', `${FIXTURES}/employees-bom.csv`, '--out', target())).out).toEqual(['ok: 4 departments, 5 roles, 4 reporting lines']);
    const xlsx = target();
    expect((await run('import', `${FIXTURES}/personeel.xlsx`, '--out', xlsx)).out).toEqual(['ok: 3 departments, 5 roles, 4 reporting lines']);
    expect(readBoard(xlsx).nodes.find((node) => node.kind === 'role' && node.data.person === 'Ömer Yılmaz')).toMatchObject({ label: 'Webcare medewerker', data: { roleType: 'webcare-agent' } });
    const drawio = target();
    expect((await run('import', `${FIXTURES}/drawio-orgchart.txt`, '--out', drawio, '--name', 'draw.io')).out).toEqual(['ok: 1 department, 5 roles, 4 reporting lines']);
    const board = readBoard(drawio);
    expect(board.profile.name).toBe('draw.io');
    const evan = board.nodes.find((node) => node.kind === 'role' && node.data.person === 'Evan Valet')!;
    const alison = board.nodes.find((node) => node.kind === 'role' && node.data.person === 'Alison Donovan')!;
    expect(board.edges).toContainEqual(expect.objectContaining({ kind: 'reports', source: evan.id, target: alison.id }));
  });

  it('takes --map, --delimiter and --encoding', async () => {
    const file = join(dir, 'odd.csv');
    writeFileSync(file, Buffer.from('Wie|Wat|Waar|Baas\nAnna Moré|Directeur|Directie|\nBert|Woordvoerder|Communicatie|Anna Moré\n', 'latin1'));
    const out = target();
    const result = await run('import', file, '--out', out, '--map=name=Wie,title=Wat,department=Waar,manager=Baas', '--delimiter', '|', '--encoding', 'windows-1252');
    expect(result).toEqual({ code: 0, out: ['ok: 2 departments, 2 roles, 1 reporting line'], err: [] });
    expect(readBoard(out).nodes.some((node) => node.kind === 'role' && node.data.person === 'Anna Moré')).toBe(true);
    expect((await run('import', file, '--out', target(), '--delimiter', ';;')).err).toEqual(['The delimiter must be one character, such as ";", "," or "tab"; ";;" is not.']);
    expect((await run('import', file, '--out', target(), '--encoding', 'ebcdic')).err).toEqual(['Unknown encoding "ebcdic": use utf-8 or windows-1252.']);
  });

  it.each([
    ['loop.csv', 'row 2: the managers go round in a loop, each reporting to the next: Anna → Cor → Bert → Anna (rows 2, 4, 3).'],
    ['dangling-manager.csv', 'row 4: the manager "1043" matches nobody in the file (no number and no name).'],
    ['duplicate-ids.csv', 'row 4: the number "2" is already used on row 3.'],
    ['empty.csv', 'The file holds no people: it is empty, or has only a header row.'],
    ['header-only.csv', 'The file holds no people: it is empty, or has only a header row.'],
    ['no-name-column.csv', 'row 1: no column is recognised as the name (the columns are: Nummer, Kostenplaats, Afdeling); say which one holds it.'],
  ])('refuses %s with its row, exit 2, and writes nothing', async (name, message) => {
    const out = target();
    expect(await run('import', `${FIXTURES}/${name}`, '--out', out)).toEqual({ code: 2, out: [], err: [`${FIXTURES}/${name}: ${message}`, `Nothing was written to ${out}.`] });
    expect(existsSync(out)).toBe(false);
  });

  it('leaves an existing board as it was when the import is refused', async () => {
    const out = target();
    writeFileSync(out, 'the board from before');
    expect((await run('import', `${FIXTURES}/loop.csv`, '--out', out)).code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('the board from before');
  });

  it('refuses a 50 MB file from its size, without reading it, in both languages', async () => {
    // A sparse file: 50 MB on paper, nothing on disk, nothing committed.
    const file = join(dir, 'huge.csv');
    writeFileSync(file, 'Naam;Afdeling\n');
    truncateSync(file, 50 * 1024 * 1024);
    const out = target();
    expect((await run('import', file, '--out', out)).err[0]).toBe(`${file}: The file is 50 MB, more than the 10 MB an import may be. Export only the columns and the people you need, or split the file.`);
    expect((await run('import', file, '--out', out, '--lang', 'nl')).err[0]).toBe(`${file}: Het bestand is 50 MB, meer dan de 10 MB die een import mag zijn. Exporteer alleen de kolommen en de mensen die je nodig hebt, of splits het bestand.`);
    expect(existsSync(out)).toBe(false);
  });

  it('speaks Dutch about rows too', async () => {
    expect((await run('import', `${FIXTURES}/dangling-manager.csv`, '--out', target(), '--lang', 'nl')).err[0]).toBe(
      `${FIXTURES}/dangling-manager.csv: rij 4: de leidinggevende "1043" komt met niemand in het bestand overeen (geen nummer en geen naam).`,
    );
  });

  it('refuses an .xls, a file that is not a workbook, --out naming the input, and a missing --out with one line each', async () => {
    expect((await run('import', 'old.xls', '--out', target())).err).toEqual(['old.xls is an old Excel workbook (.xls): save it as .xlsx or as CSV first.']);
    const fake = join(dir, 'fake.xlsx');
    writeFileSync(fake, 'Naam,Afdeling\nAnna,Directie\n');
    expect((await run('import', fake, '--out', target())).err[0]).toMatch(/This is not a CSV or XLSX file/);
    const same = join(dir, 'same.csv');
    writeFileSync(same, 'Naam;Afdeling\nAnna;Directie\n');
    expect((await run('import', same, '--out', same)).err).toEqual([`--out names the file being imported (${same}); give the board a name of its own.`]);
    expect(readFileSync(same, 'utf8')).toBe('Naam;Afdeling\nAnna;Directie\n');
    const usage = await run('import', `${FIXTURES}/loop.csv`);
    expect(usage.code).toBe(2);
    expect(usage.err[0]).toMatch(/^Usage: orgcanvas import /);
  });
});
