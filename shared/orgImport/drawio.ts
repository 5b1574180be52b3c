/**
 * draw.io's CSV import format (Arrange > Insert > Advanced > CSV): configuration lines that
 * start with `#` (`## ` is a comment, a trailing `\` continues a line), then the CSV. What an
 * org chart needs is read from three of them:
 *
 * - `# label: %name%<br>%position%`: the first placeholder naming a column is the person's
 *   name (draw.io's own default label is the first column);
 * - `# connect: {"from": "manager", "to": "name", "invert": true, …}`: a row's `from` cell
 *   holds references (comma-separated) to the `to` cells of other rows. `invert` only turns
 *   the arrow round on draw.io's page; a row still reports to the rows its cell names. With
 *   several connects (draw.io's example has a second, `refs` → `id`, for other links), the
 *   one whose label speaks of managing or reporting is the reporting line, else the first;
 * - `# identity: column`: the row's id, when references point at it.
 *
 * Styles, layout, sizes and the rest only shape draw.io's drawing and are left out.
 */
import { importProblem, type ImportField, type ImportResult } from './table';

export interface ConfigLines {
  /** Lines taken by the configuration (and blank lines among it) before the CSV header. */
  count: number;
  /** The configuration, continued lines joined, each with its first line number. */
  config: { line: number; text: string }[];
  /** The CSV part. */
  rest: string;
}

export function configLines(text: string): ConfigLines {
  const lines = text.split(/\r\n|\n|\r/);
  const config: ConfigLines['config'] = [];
  let i = 0;
  let sawHash = false;
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === '') {
      i++;
      continue;
    }
    if (!line.trimStart().startsWith('#')) break;
    sawHash = true;
    const first = i + 1;
    let joined = line.trimStart();
    while (joined.endsWith('\\') && i + 1 < lines.length) {
      i++;
      joined = joined.slice(0, -1) + lines[i].trimStart().replace(/^#/, '');
    }
    config.push({ line: first, text: joined });
    i++;
  }
  if (!sawHash) return { count: 0, config: [], rest: text };
  return { count: i, config, rest: lines.slice(i).join('\n') };
}

interface Connect {
  from: string;
  to: string;
  label?: string;
}

export interface DrawioConfig {
  /** The columns the configuration names, among the CSV's headers. */
  hints: (headers: readonly string[]) => Partial<Record<ImportField, string>>;
}

const REPORTING = /manag|report|leid|chef|lead/i;

export function readDrawioConfig(config: ConfigLines['config']): ImportResult<DrawioConfig> {
  let label: string | undefined;
  let identity: string | undefined;
  const connects: Connect[] = [];
  for (const { line, text } of config) {
    if (text.startsWith('##')) continue;
    const match = /^#\s*([A-Za-z]+)\s*:\s*(.*)$/.exec(text);
    if (!match) continue;
    const [, key, value] = match;
    if (key === 'label') label = value;
    else if (key === 'identity' && value.trim() !== '-' && value.trim() !== '') identity = value.trim();
    else if (key === 'connect') {
      let parsed: unknown;
      try {
        parsed = JSON.parse(value);
      } catch (error) {
        return { ok: false, problems: [importProblem('badDrawioConfig', { key, detail: error instanceof Error ? error.message : String(error) }, line)] };
      }
      const spec = parsed as Partial<Record<string, unknown>> | null;
      if (!spec || typeof spec !== 'object' || typeof spec.from !== 'string' || typeof spec.to !== 'string') {
        return { ok: false, problems: [importProblem('badDrawioConfig', { key, detail: '{"from": "…", "to": "…"}' }, line)] };
      }
      connects.push({ from: spec.from, to: spec.to, label: typeof spec.label === 'string' ? spec.label : undefined });
    }
  }
  return {
    ok: true,
    value: {
      hints: (headers) => {
        const has = (column: string | undefined): column is string => column !== undefined && headers.includes(column);
        const hints: Partial<Record<ImportField, string>> = {};
        const placeholders = [...(label ?? '').matchAll(/%([^%]+)%/g)].map((m) => m[1]);
        const name = label === undefined ? headers[0] : placeholders.find(has);
        if (has(name)) hints.name = name;
        const usable = connects.filter((c) => has(c.from) && has(c.to));
        const reporting = usable.find((c) => c.label !== undefined && REPORTING.test(c.label)) ?? usable[0];
        if (reporting) hints.manager = reporting.from;
        const id = has(identity) ? identity : reporting?.to;
        if (has(id)) hints.id = id;
        return hints;
      },
    },
  };
}
