/** The bench's table: one row per figure, printed next to its target (issue 9). */

export interface Row {
  id: string;
  what: string;
  /** The figure as printed, e.g. "12.3 ms"; "n/a (…)" when it could not be measured. */
  figure: string;
  target: string;
  /** true = met, false = missed, null = not measured. */
  met: boolean | null;
  /** Raw numbers for bench-results.json. */
  value?: number | string;
}

const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;

export function timeRow(id: string, what: string, value: number, limit: number): Row {
  return { id, what, figure: ms(value), target: `≤ ${limit} ms`, met: value <= limit, value };
}

/** A figure with no target of its own, printed to read another row by (e.g. the host's speed). */
export function referenceRow(id: string, what: string, value: number): Row {
  return { id, what, figure: ms(value), target: '(reference)', met: null, value };
}

export function ratioRow(id: string, what: string, ours: number, baseline: number, limit: number, unit: (v: number) => string = ms): Row {
  const ratio = ours / baseline;
  return { id, what, figure: `${ratio.toFixed(2)} (${unit(ours)} / ${unit(baseline)})`, target: `≤ ${limit.toFixed(1)}`, met: ratio <= limit, value: ratio };
}

export function countRow(id: string, what: string, value: number | string, limit: number): Row {
  if (typeof value === 'string') return { id, what, figure: value, target: `${limit}`, met: null, value };
  return { id, what, figure: String(value), target: limit === 0 ? '0' : `≤ ${limit}`, met: value <= limit, value };
}

export function missingRow(id: string, what: string, target: string, why: string): Row {
  return { id, what, figure: `n/a (${why})`, target, met: null };
}

export function formatTable(rows: readonly Row[]): string {
  const header = ['id', 'what', 'figure', 'target', 'met'];
  const cells = rows.map((r) => [r.id, r.what, r.figure, r.target, r.met === null ? '—' : r.met ? 'yes' : 'NO']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}
