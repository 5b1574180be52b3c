/**
 * Which column holds what: guessed from Dutch and English headers as HR systems and
 * spreadsheets write them ("Naam", "Functie", "Afdeling", "Leidinggevende",
 * "Personeelsnummer"; "Name", "Job title", "Department", "Manager", "Employee ID"), then
 * the file's own hints (draw.io's configuration), then what the user mapped, which wins.
 *
 * A header that is a known word exactly beats one that only contains it, so "Afdeling" is
 * the department even beside "Afdelingscode"; "Naam leidinggevende" and "Manager ID" are
 * the manager, not the name or the id. A person's name may be spread over columns
 * ("Voornaam", "Tussenvoegsel", "Achternaam"): then `name` is those columns, joined.
 */
import { IMPORT_FIELDS, importProblem, REQUIRED_FIELDS, type ImportField, type ImportProblem, type ImportResult } from './table';

/** Column indexes per field; `name` is one column or several joined with spaces. */
export interface ColumnMapping {
  name: number[];
  title?: number;
  department?: number;
  manager?: number;
  id?: number;
}

/** What a user maps: a header per field; `name` may join headers with `+`. */
export type MappingByHeader = Partial<Record<ImportField, string>>;

/** Lower case, accents and punctuation gone: "Functie-omschrijving" → "functie omschrijving". */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

type Single = Exclude<ImportField, 'name'> | 'name';

/** Headers that are the field exactly (normalised). */
const EXACT: Record<Single, readonly string[]> = {
  name: ['naam', 'volledige naam', 'naam medewerker', 'medewerker', 'medewerker naam', 'name', 'full name', 'employee name', 'employee', 'person', 'display name', 'weergavenaam'],
  title: ['functie', 'functienaam', 'functietitel', 'functie omschrijving', 'functieomschrijving', 'rol', 'title', 'job title', 'jobtitle', 'position', 'job', 'role', 'job name'],
  department: ['afdeling', 'afdelingsnaam', 'afdeling naam', 'organisatieonderdeel', 'organisatie eenheid', 'organisatie onderdeel', 'team', 'department', 'dept', 'department name', 'business unit', 'unit', 'division', 'divisie'],
  manager: ['leidinggevende', 'manager', 'chef', 'direct leidinggevende', 'leidinggevende id', 'manager id', 'reports to', 'supervisor', 'line manager', 'manager name', 'naam leidinggevende', 'personeelsnummer leidinggevende'],
  id: ['id', 'personeelsnummer', 'personeelsnr', 'pers nr', 'persnr', 'medewerkernummer', 'medewerkersnummer', 'medewerker id', 'employee id', 'employeeid', 'employee number', 'emp id', 'staff id', 'staff number', 'person id', 'personnel number', 'nummer', 'nr', 'registratienummer'],
};

/** Words that make a header the field when it only contains them, and how strongly. */
const CONTAINS: Record<Single, { words: readonly string[]; weight: number }> = {
  manager: { words: ['leidinggevende', 'manager', 'reports to', 'supervisor', 'chef'], weight: 30 },
  department: { words: ['afdeling', 'department', 'dept'], weight: 20 },
  title: { words: ['functie', 'title', 'position'], weight: 20 },
  id: { words: ['personeelsnummer', 'medewerkernummer', 'id', 'nummer', 'number'], weight: 15 },
  name: { words: ['naam', 'name'], weight: 10 },
};

/** Columns that together make a name, for exports without one name column. */
const NAME_PARTS = {
  first: ['voornaam', 'roepnaam', 'voornamen', 'first name', 'firstname', 'given name'],
  infix: ['tussenvoegsel', 'tussenvoegsels', 'voorvoegsel', 'infix'],
  last: ['achternaam', 'geslachtsnaam', 'last name', 'lastname', 'surname', 'family name'],
} as const;

const containsWord = (header: string, word: string) => ` ${header} `.includes(` ${word} `);

function score(field: Single, header: string): number {
  if (EXACT[field].includes(header)) return 100;
  const { words, weight } = CONTAINS[field];
  if (!words.some((word) => containsWord(header, word))) return 0;
  // "Afdeling ID", "Manager number": an id of something else is not the person's id.
  // "First name", "Last name": a part of a name, joined with the others below.
  if (field === 'name' && Object.values(NAME_PARTS).some((words) => (words as readonly string[]).includes(header))) return 0;
  if (field === 'id' && (['manager', 'department'] as const).some((other) => CONTAINS[other].words.some((w) => containsWord(header, w)))) return 0;
  return weight;
}

/** The guessed columns: each field its best-scoring header, each header used once. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const normal = headers.map(normaliseHeader);
  const candidates: { field: Single; column: number; score: number }[] = [];
  for (const field of IMPORT_FIELDS) {
    normal.forEach((header, column) => {
      const s = score(field, header);
      if (s > 0) candidates.push({ field, column, score: s });
    });
  }
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const taken = new Set<number>();
  const chosen = new Map<Single, number>();
  for (const c of candidates) {
    if (chosen.has(c.field) || taken.has(c.column)) continue;
    chosen.set(c.field, c.column);
    taken.add(c.column);
  }
  const mapping: ColumnMapping = { name: chosen.has('name') ? [chosen.get('name')!] : [] };
  for (const field of ['title', 'department', 'manager', 'id'] as const) if (chosen.has(field)) mapping[field] = chosen.get(field);
  if (mapping.name.length === 0) {
    const find = (words: readonly string[]) => normal.findIndex((h, i) => !taken.has(i) && words.includes(h));
    const parts = [find(NAME_PARTS.first), find(NAME_PARTS.infix), find(NAME_PARTS.last)].filter((i) => i >= 0);
    if (parts.length && (find(NAME_PARTS.first) >= 0 || find(NAME_PARTS.last) >= 0)) mapping.name = parts;
  }
  return mapping;
}

/** The column a header names: exactly, else the same once normalised ("afdeling" for "Afdeling"). */
function columnOf(headers: readonly string[], header: string): number {
  const exact = headers.indexOf(header);
  if (exact >= 0) return exact;
  const wanted = normaliseHeader(header);
  return headers.findIndex((h) => normaliseHeader(h) === wanted);
}

/**
 * The mapping to import with: guesses, then the file's hints, then the user's choices; a
 * header the user named that the file lacks, or a required field left without a column,
 * is a problem naming the headers there are.
 */
export function resolveMapping(headers: readonly string[], mapped: MappingByHeader = {}, hints: MappingByHeader = {}, headerLine?: number): ImportResult<ColumnMapping> {
  const mapping = guessMapping(headers);
  const problems: ImportProblem[] = [];
  const known = headers.filter((h) => h !== '').join(', ');
  const apply = (by: MappingByHeader, strict: boolean) => {
    for (const field of IMPORT_FIELDS) {
      const wanted = by[field];
      if (wanted === undefined || wanted.trim() === '') continue;
      const columns = (field === 'name' ? wanted.split('+') : [wanted]).map((h) => h.trim()).map((h) => ({ h, column: columnOf(headers, h) }));
      const missing = columns.find((c) => c.column < 0);
      if (missing) {
        if (strict) problems.push(importProblem('unknownColumn', { field, column: missing.h, headers: known }, headerLine));
        continue;
      }
      const indexes = columns.map((c) => c.column);
      // A column the user gave one field no longer holds the field it was guessed for.
      if (strict) {
        for (const other of ['title', 'department', 'manager', 'id'] as const) {
          if (other !== field && mapping[other] !== undefined && indexes.includes(mapping[other]!) && by[other] === undefined) delete mapping[other];
        }
        if (field !== 'name' && by.name === undefined) mapping.name = mapping.name.filter((i) => !indexes.includes(i));
      }
      if (field === 'name') mapping.name = indexes;
      else mapping[field] = indexes[0];
    }
  };
  apply(hints, false);
  apply(mapped, true);
  for (const field of REQUIRED_FIELDS) {
    const present = field === 'name' ? mapping.name.length > 0 : mapping[field] !== undefined;
    if (!present && !problems.some((p) => p.params.field === field)) problems.push(importProblem('missingColumn', { field, headers: known }, headerLine));
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: mapping };
}

/** `name=Naam,department=Afdeling` (the command line's `--map`) as a mapping, or what is wrong with it. */
export function parseMappingOption(text: string): ImportResult<MappingByHeader> {
  const mapping: MappingByHeader = {};
  for (const part of text.split(',')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    const field = (eq < 0 ? part : part.slice(0, eq)).trim();
    if (eq < 0 || !(IMPORT_FIELDS as readonly string[]).includes(field)) {
      return { ok: false, problems: [importProblem('badMapping', { part: part.trim(), fields: IMPORT_FIELDS.join(', ') })] };
    }
    mapping[field as ImportField] = part.slice(eq + 1).trim();
  }
  return { ok: true, value: mapping };
}
