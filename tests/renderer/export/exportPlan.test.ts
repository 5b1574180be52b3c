import { describe, expect, it } from 'vitest';
import { demoBoard } from '../../../shared/boards/demo';
import { buildScene } from '../../../shared/export';
import { createI18n } from '../../../shared/i18n';
import { exportFileName } from '../../../renderer/export/browserOutput';
import { DEFAULT_CHOICES, diagramOptions, pngScale, today } from '../../../renderer/export/exportPlan';

const t = createI18n('en').t;

describe('export dialog choices', () => {
  it('turns a paper size and dpi into the scale that fills the page width', () => {
    const scene = buildScene(demoBoard(), { background: 'white', titleBlock: false, legend: false }, t);
    expect(pngScale('2', scene)).toBe(2);
    // A4 landscape is 11.69 in wide: at 300 dpi that is 3507 px across.
    expect(Math.round(scene.width * pngScale('A4@300', scene))).toBe(3507);
    expect(Math.round(scene.width * pngScale('A3@300', scene))).toBe(4962);
  });

  it('exports the selection only when there is one, and hints only when asked', () => {
    const hints = [{ severity: 'tip' as const, message: 'x', nodes: [] }];
    expect(diagramOptions({ ...DEFAULT_CHOICES, scope: 'selection' }, [], hints, '2026-01-02').selection).toBeUndefined();
    expect(diagramOptions({ ...DEFAULT_CHOICES, scope: 'selection' }, ['a'], hints, '2026-01-02').selection).toEqual(['a']);
    expect(diagramOptions({ ...DEFAULT_CHOICES, hints: false }, [], hints, '2026-01-02').hints).toBeUndefined();
    expect(diagramOptions({ ...DEFAULT_CHOICES, hints: true }, [], hints, '2026-01-02').hints).toBe(hints);
  });

  it('dates in local time and names files safely', () => {
    expect(today(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(exportFileName('Rijwielfabriek Veenstra BV', '-report', 'pdf')).toBe('Rijwielfabriek-Veenstra-BV-report.pdf');
    expect(exportFileName('Café <script>/../..', '', 'png')).toBe('Cafe-script.png');
    expect(exportFileName('', '', 'svg')).toBe('orgcanvas.svg');
  });
});
