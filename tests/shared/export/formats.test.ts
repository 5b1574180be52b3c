import { describe, expect, expectTypeOf, it } from 'vitest';
import { demoBoard } from '../../../shared/boards/demo';
import {
  buildScene,
  CLI_FORMAT_IDS,
  EXPORT_FORMAT_IDS,
  EXPORT_FORMATS,
  exportFormat,
  formatList,
  sceneToSvg,
  writeExport,
  type DiagramOptions,
  type ExportFormatId,
  type ExportRequest,
  type Scene,
} from '../../../shared/export';
import { createI18n } from '../../../shared/i18n';
import type { ExportChoices } from '../../../renderer/export/exportPlan';

const en = createI18n('en');
const nl = createI18n('nl');
const board = demoBoard('en');
const diagram: DiagramOptions = { background: 'white', titleBlock: true, legend: true, date: '2026-03-04' };

function request(overrides: Partial<ExportRequest<string>> = {}): ExportRequest<string> {
  let scene: Scene | undefined;
  return {
    board,
    t: en.t,
    diagram,
    scene: () => (scene ??= buildScene(board, diagram, en.t)),
    title: 'Acme',
    scale: 2,
    date: '2026-03-04',
    hints: [],
    rasterize: async () => {
      throw new Error('no rasterizer in this test');
    },
    ...overrides,
  };
}

const text = (data: unknown) => (typeof data === 'string' ? data : new TextDecoder('latin1').decode(data as Uint8Array));

describe('the export format registry', () => {
  it('lists the dialog formats in order, and the command line the --format ones', () => {
    expect(EXPORT_FORMAT_IDS).toEqual(['png', 'svg', 'pdf', 'report']);
    expect(CLI_FORMAT_IDS).toEqual(['png', 'svg', 'pdf']);
    expect(formatList(CLI_FORMAT_IDS, en.t)).toBe('png, svg or pdf');
    expect(formatList(CLI_FORMAT_IDS, nl.t)).toBe('png, svg of pdf');
  });

  it('names each format (and its note) in both languages', () => {
    for (const id of EXPORT_FORMAT_IDS) {
      const def = exportFormat(id);
      for (const key of [def.labelKey, def.noteKey ?? def.labelKey]) {
        expect(en.exists(key), `${id}: ${key} in en`).toBe(true);
        expect(nl.exists(key), `${id}: ${key} in nl`).toBe(true);
      }
    }
  });

  it('refuses an unknown format by name, listing the known ones, instead of falling back', async () => {
    expect(() => exportFormat('gif')).toThrow('Unknown export format "gif"; the known formats are png, svg, pdf, report.');
    expect(() => exportFormat('toString')).toThrow(/Unknown export format "toString"/);
    await expect(writeExport('gif' as ExportFormatId, request())).rejects.toThrow(/Unknown export format "gif"/);
  });

  it('draws a PNG with the rasterizer it is given, at the scale and title asked', async () => {
    const calls: [Scene, number, string | undefined][] = [];
    const written = await writeExport('png', request({ rasterize: async (scene, scale, title) => (calls.push([scene, scale, title]), { data: 'PNG', width: 30, height: 20 }) }));
    expect(written).toEqual({ data: 'PNG', pixels: { width: 30, height: 20 } });
    expect(calls).toHaveLength(1);
    expect(calls[0][1]).toBe(2);
    expect(calls[0][2]).toBe('Acme');
    expect(calls[0][0].width).toBeGreaterThan(0);
  });

  it('writes the SVG, the diagram PDF and the report from the same request', async () => {
    const svg = await writeExport('svg', request());
    expect(svg.data).toBe(sceneToSvg(request().scene(), { title: 'Acme' }));
    const pdf = await writeExport('pdf', request());
    expect(text(pdf.data).startsWith('%PDF-')).toBe(true);
    expect(pdf.note).toBeUndefined();
    const report = await writeExport('report', request());
    expect(text(report.data).startsWith('%PDF-')).toBe(true);
    expect(EXPORT_FORMATS.report).toMatchObject({ file: { extension: 'pdf', suffix: '-report' }, cli: 'switch' });
  });

  it('types the dialog format as a registry id (type-level)', () => {
    expectTypeOf<ExportChoices['format']>().toEqualTypeOf<ExportFormatId>();
    expectTypeOf<ExportFormatId>().toEqualTypeOf<'png' | 'svg' | 'pdf' | 'report'>();
    // @ts-expect-error a format without an entry is not an id
    const gif: ExportFormatId = 'gif';
    void gif;
  });
});
