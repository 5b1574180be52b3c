/**
 * The export dialog as a consultant uses it: Ctrl+E (or the palette, or the Export… button),
 * a live preview, and the files it saves read back from disk: PNG pixels (pngjs), SVG
 * structure (the browser's XML parser), PDF pages (poppler). Screenshots in both languages
 * go to test-results/screens/.
 */
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { demoBoard } from '../../shared/boards/demo';
import { largeBoard } from '../fixtures/largeBoard';
import type { Board } from '../../shared/model/board';
import { nodeEl, openBoard, type Lang } from './editingHelpers';
import { downloadOf, EXPORT_TEXT, expectPreviewShown, pdfFacts, previewSvg, rgb, SCREENS, svgFacts } from './exportHelpers';

const demo = demoBoard();

function exportDialog(page: Page, lang: Lang = 'en') {
  return page.getByRole('dialog', { name: EXPORT_TEXT[lang].title, exact: true });
}

/** Remembers the last Ctrl+E keydown, read after it was handled (defaultPrevented). */
async function watchCtrlE(page: Page) {
  await page.addInitScript(() => {
    window.addEventListener('keydown', (e) => e.key.toLowerCase() === 'e' && e.ctrlKey && ((window as never as { lastCtrlE: KeyboardEvent }).lastCtrlE = e), true);
  });
}

for (const lang of ['en', 'nl'] as const) {
  test(`Ctrl+E opens the export dialog with its labels and preview; Esc closes it and focus returns (${lang})`, async ({ page }) => {
    const T = EXPORT_TEXT[lang];
    await watchCtrlE(page);
    await openBoard(page, lang, demo);
    await nodeEl(page, 'k-web').click();
    await expect(nodeEl(page, 'k-web')).toBeFocused();
    await page.keyboard.press('Control+e');
    const dialog = exportDialog(page, lang);
    await expect(dialog).toBeVisible();
    // The browser never saw the key (Chromium would move focus to its address bar).
    expect(await page.evaluate(() => (window as never as { lastCtrlE: KeyboardEvent }).lastCtrlE.defaultPrevented)).toBe(true);
    for (const name of [T.png, T.svg, T.pdf, T.report, T.transparent]) await expect(dialog.getByRole('radio', { name, exact: true })).toBeVisible();
    await expect(dialog.getByRole('group', { name: T.format })).toBeVisible();
    await expect(dialog.getByRole('group', { name: T.background })).toBeVisible();
    await expect(dialog.getByRole('checkbox', { name: T.legend, exact: true })).toBeChecked();
    await expect(dialog.getByLabel(T.size)).toBeVisible();
    await expect(dialog.getByRole('button', { name: T.save })).toBeEnabled();
    await expectPreviewShown(dialog.getByRole('img', { name: T.preview }));
    await expect(dialog.getByTestId('export-pixels')).toHaveText(/^\d+ × \d+ px$/);
    // Nothing in the dialog is cut off or spills out of it.
    const overflow = await dialog.evaluate((d) => [...d.querySelectorAll('label, legend, button, h2, figcaption')].filter((e) => e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().right > d.getBoundingClientRect().right + 1).map((e) => e.textContent));
    expect(overflow).toEqual([]);
    // The clicked node made "Selection" the default; the screenshot shows the whole board.
    await expect(dialog.getByRole('radio', { name: T.selection })).toBeChecked();
    await dialog.getByRole('radio', { name: T.board, exact: true }).check();
    await page.screenshot({ path: `${SCREENS}/export-dialog-${lang}.png` });
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(nodeEl(page, 'k-web')).toBeFocused();
  });
}

test('the command palette and the Export… button open the dialog too', async ({ page }) => {
  await openBoard(page, 'en', demo);
  await page.keyboard.press('Control+k');
  await page.getByPlaceholder(EXPORT_TEXT.en.palette).fill('export');
  const item = page.getByRole('option', { name: /^Export…/ });
  await expect(item).toContainText('Ctrl+E');
  await page.keyboard.press('Enter');
  await expect(exportDialog(page)).toBeVisible();
  await exportDialog(page).getByRole('button', { name: 'Close', exact: true }).click();
  await expect(exportDialog(page)).toHaveCount(0);
  await page.getByRole('navigation').getByRole('button', { name: 'Export…', exact: true }).click();
  await expect(exportDialog(page)).toBeVisible();
  // A click outside the dialog closes it as well.
  await page.mouse.click(5, 450);
  await expect(exportDialog(page)).toHaveCount(0);
});

test('the preview follows the options: legend off, transparent background', async ({ page }) => {
  await openBoard(page, 'en', demo);
  await page.keyboard.press('Control+e');
  const dialog = exportDialog(page);
  const preview = dialog.getByRole('img', { name: 'Preview' });
  await expectPreviewShown(preview);
  const withLegend = await previewSvg(preview);
  expect(withLegend).toContain('>Legend</text>');
  expect(withLegend).toMatch(/<rect width="100%" height="100%" fill="#fff(fff)?"/i);
  await dialog.getByRole('checkbox', { name: 'Legend', exact: true }).uncheck();
  await expect.poll(() => previewSvg(preview)).not.toContain('>Legend</text>');
  await dialog.getByRole('radio', { name: 'Transparent' }).check();
  await expect.poll(() => previewSvg(preview)).not.toContain('height="100%"');
  await expectPreviewShown(preview);
});

/** Saves a PNG at `size` and returns it decoded, with the scene the preview drew. */
async function savePng(page: Page, size: string) {
  const dialog = exportDialog(page);
  await dialog.getByLabel('Size').selectOption(size);
  const shown = (await dialog.getByTestId('export-pixels').textContent())!;
  const file = await downloadOf(page, dialog.getByRole('button', { name: 'Save…' }));
  expect(file.name).toMatch(/\.png$/);
  expect(file.bytes.subarray(1, 4).toString()).toBe('PNG');
  // IHDR's colour type: 2 is RGB, 6 is RGB with alpha.
  const colourType = file.bytes[25];
  return { png: PNG.sync.read(file.bytes), colourType, shown, svg: await svgFacts(page, await previewSvg(dialog.getByRole('img', { name: 'Preview' }))) };
}

/** The point a fraction `f` of the way along a polyline. */
function along(points: readonly (readonly number[])[], f: number): [number, number] {
  const lengths = points.slice(1).map((p, i) => Math.hypot(p[0]! - points[i]![0]!, p[1]! - points[i]![1]!));
  let left = lengths.reduce((a, b) => a + b, 0) * f;
  for (let i = 0; i < lengths.length; i++) {
    if (left <= lengths[i]! && lengths[i]! > 0) {
      const t = left / lengths[i]!;
      return [points[i]![0]! + (points[i + 1]![0]! - points[i]![0]!) * t, points[i]![1]! + (points[i + 1]![1]! - points[i]![1]!) * t];
    }
    left -= lengths[i]!;
  }
  return [points.at(-1)![0]!, points.at(-1)![1]!];
}

const px = (png: PNG, x: number, y: number) => {
  const i = (Math.round(y) * png.width + Math.round(x)) * 4;
  return [...png.data.subarray(i, i + 4)];
};

test('PNG at 1× and 2×: the requested pixel size, a transparent background, edges and coloured nodes', async ({ page }) => {
  await openBoard(page, 'en', demo);
  await page.keyboard.press('Control+e');
  await exportDialog(page).getByRole('radio', { name: 'Transparent' }).check();
  const one = await savePng(page, '1');
  const two = await savePng(page, '2');
  const [, , width, height] = one.svg.viewBox;
  expect([one.png.width, one.png.height]).toEqual([Math.ceil(width), Math.ceil(height)]);
  expect([two.png.width, two.png.height]).toEqual([Math.ceil(width * 2), Math.ceil(height * 2)]);
  expect(one.shown).toBe(`${one.png.width} × ${one.png.height} px`);
  expect(two.shown).toBe(`${two.png.width} × ${two.png.height} px`);

  for (const [scale, { png, svg, colourType }] of [[1, one], [2, two]] as const) {
    expect(colourType, 'an alpha channel').toBe(6);
    expect(px(png, 0, 0)[3], 'corner is transparent').toBe(0);
    expect(px(png, png.width - 1, png.height - 1)[3]).toBe(0);
    // Every solid edge shows its own colour somewhere along its middle stretch.
    const solid = svg.edges.filter((e) => !e.dashed);
    expect(solid.length).toBeGreaterThan(10);
    const drawn = solid.filter((edge) => {
      const want = rgb(edge.stroke);
      // Along the drawn polyline: lines are routed round the boxes (issue 21).
      return [0.3, 0.35, 0.4, 0.6, 0.65, 0.7].some((f) => {
        const [x, y] = along(edge.points, f);
        const [r, g, b, a] = px(png, x * scale, y * scale);
        return a > 200 && Math.abs(r - want[0]) + Math.abs(g - want[1]) + Math.abs(b - want[2]) < 60;
      });
    });
    expect(drawn.length / solid.length, `edges drawn at ${scale}×`).toBeGreaterThan(0.8);
    // Nodes are opaque and in colour (not a blank or grey image).
    const coloured = (() => {
      let n = 0;
      for (let i = 0; i < png.data.length; i += 4) if (png.data[i + 3] === 255 && Math.max(png.data[i], png.data[i + 1], png.data[i + 2]) - Math.min(png.data[i], png.data[i + 1], png.data[i + 2]) > 60) n++;
      return n;
    })();
    expect(coloured).toBeGreaterThan(png.width * png.height * 0.01);
  }
});

test('PNG on the white background: an opaque image without an alpha channel, white around the drawing', async ({ page }) => {
  await openBoard(page, 'en', demo);
  await page.keyboard.press('Control+e');
  await expect(exportDialog(page).getByRole('radio', { name: 'White' })).toBeChecked();
  const { png, colourType } = await savePng(page, '1');
  expect(colourType, 'RGB, no alpha channel').toBe(2);
  expect(px(png, 0, 0)).toEqual([255, 255, 255, 255]);
  expect(px(png, png.width - 1, png.height - 1)).toEqual([255, 255, 255, 255]);
  // Nodes in colour, not a blank image.
  let coloured = 0;
  for (let i = 0; i < png.data.length; i += 4) if (Math.max(png.data[i], png.data[i + 1], png.data[i + 2]) - Math.min(png.data[i], png.data[i + 1], png.data[i + 2]) > 60) coloured++;
  expect(coloured).toBeGreaterThan(png.width * png.height * 0.01);
});

function hostileBoard(): Board {
  const board = demoBoard();
  const labels = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', 'end ]]> of CDATA', 'Feest 🎉👩‍💻', '" onload="alert(1)'];
  const roles = board.nodes.filter((n) => n.kind === 'role' || n.kind === 'task');
  labels.forEach((label, i) => (roles[i].label = label));
  board.profile.name = 'Evil <b>&</b> Co';
  return board;
}

for (const [name, board] of [['the demo board', demo], ['a board with hostile labels', hostileBoard()]] as const) {
  test(`SVG of ${name}: parses, every label as text, nothing that runs`, async ({ page }) => {
    const alerts: string[] = [];
    page.on('dialog', (d) => void (alerts.push(d.message()), d.dismiss()));
    await openBoard(page, 'en', board);
    await page.keyboard.press('Control+e');
    const dialog = exportDialog(page);
    await dialog.getByRole('radio', { name: 'SVG (vector)' }).check();
    await expect(dialog.getByLabel('Size')).toHaveCount(0);
    const file = await downloadOf(page, dialog.getByRole('button', { name: 'Save…' }));
    expect(file.name).toMatch(/\.svg$/);
    const svg = await svgFacts(page, file.bytes.toString('utf8'));
    expect(svg.parseError).toBeNull();
    expect(svg.dangerous).toEqual([]);
    for (const node of board.nodes) expect(svg.nodeText[node.id], node.id).toContain(node.label.replace(/\s+/g, ' '));
    // The page itself ran nothing from the labels either: the preview showed them, no alert.
    await expectPreviewShown(dialog.getByRole('img', { name: 'Preview' }));
    expect(alerts).toEqual([]);
  });
}

test('PDF diagram and PDF report: real PDFs with the expected pages', async ({ page }) => {
  await openBoard(page, 'en', demo);
  await page.keyboard.press('Control+e');
  const dialog = exportDialog(page);
  await dialog.getByRole('radio', { name: 'PDF diagram' }).check();
  const diagram = await downloadOf(page, dialog.getByRole('button', { name: 'Save…' }));
  expect(diagram.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  const d = pdfFacts(diagram.bytes);
  expect(d.pages).toBe(1);
  expect(d.text).toContain('Webcaremedewerker');
  expect(PNG.sync.read(d.firstPagePng).width).toBeGreaterThan(100);

  await dialog.getByRole('radio', { name: 'PDF report' }).check();
  // The report sets its own background: the diagram's choices make way for its layout.
  await expect(dialog.getByRole('radio', { name: 'Transparent' })).toHaveCount(0);
  const report = await downloadOf(page, dialog.getByRole('button', { name: 'Save…' }));
  expect(report.name).toMatch(/-report\.pdf$/);
  expect(report.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  const r = pdfFacts(report.bytes);
  expect(r.pages).toBeGreaterThanOrEqual(3);
  for (const heading of ['Organisation profile', 'Responsibilities (RACI)', 'Hints and points to discuss', `Page ${r.pages} of ${r.pages}`]) expect(r.text, heading).toContain(heading);
  await expect(dialog.getByRole('status')).toContainText('-report.pdf is ready.');
});

const REPORT_TEXT = {
  en: { layout: 'Report layout', paper: 'Paper', a3: 'A3', portrait: 'Portrait', notes: 'Include the workshop’s sticky notes', note: 'Parking lot: should we be on TikTok?' },
  nl: { layout: 'Opmaak van het rapport', paper: 'Papier', a3: 'A3', portrait: 'Staand', notes: 'Notities uit de workshop opnemen', note: 'Parkeerplaats: willen we op TikTok?' },
} as const;

for (const lang of ['en', 'nl'] as const) {
  test(`the report's paper, orientation and sticky notes reach the PDF (${lang})`, async ({ page }) => {
    const T = EXPORT_TEXT[lang];
    const R = REPORT_TEXT[lang];
    await page.setViewportSize({ width: 1280, height: 720 });
    const board = demoBoard(lang);
    const note = board.nodes.find((n) => n.kind === 'note')!;
    expect(note.label).toContain(R.note);
    await openBoard(page, lang, board);
    await page.keyboard.press('Control+e');
    const dialog = exportDialog(page, lang);
    // Only the report takes them.
    await expect(dialog.getByRole('group', { name: R.layout })).toHaveCount(0);
    await dialog.getByRole('radio', { name: T.report, exact: true }).check();
    const layout = dialog.getByRole('group', { name: R.layout });
    await expect(layout).toBeVisible();
    // Default: A4 landscape, no sticky notes.
    const plain = pdfFacts((await downloadOf(page, dialog.getByRole('button', { name: T.save }))).bytes);
    expect(plain.sizes[0]!.width).toBeCloseTo(841.89, 1);
    expect(plain.sizes[0]!.height).toBeCloseTo(595.28, 1);
    expect(plain.text.replace(/\s+/g, ' ')).not.toContain(R.note);

    // The preview is the report's diagram: the sticky note comes in with the checkbox.
    const preview = dialog.getByRole('img', { name: T.preview });
    expect((await svgFacts(page, await previewSvg(preview))).nodeText[note.id]).toBeUndefined();
    await layout.getByLabel(R.paper).selectOption('a3');
    await layout.getByRole('radio', { name: R.portrait }).check();
    await layout.getByRole('checkbox', { name: R.notes }).check();
    await expect.poll(async () => (await svgFacts(page, await previewSvg(preview))).nodeText[note.id]).toContain(R.note.split(' ')[0]);
    await dialog.screenshot({ path: `${SCREENS}/export-report-options-${lang}.png` });
    const chosen = pdfFacts((await downloadOf(page, dialog.getByRole('button', { name: T.save }))).bytes);
    expect(chosen.sizes[0]!.width).toBeCloseTo(841.89, 1);
    expect(chosen.sizes[0]!.height).toBeCloseTo(1190.55, 1);
    for (const size of chosen.sizes.slice(1)) expect(size.width).toBeGreaterThan(size.height);
    expect(chosen.text.replace(/\s+/g, ' ')).toContain(R.note);
    // The dialog's buttons stay on screen at projector size with the extra options.
    for (const name of [T.save, T.close]) {
      const box = (await dialog.getByRole('button', { name }).boundingBox())!;
      expect(box.y + box.height, name).toBeLessThanOrEqual(720);
    }
  });
}

test('selection scope exports only the selected nodes', async ({ page }) => {
  await openBoard(page, 'en', demo);
  await nodeEl(page, 'k-web').click();
  await nodeEl(page, 'r-wca').click({ modifiers: ['Shift'] });
  await page.keyboard.press('Control+e');
  const dialog = exportDialog(page);
  await expect(dialog.getByRole('radio', { name: EXPORT_TEXT.en.selection })).toBeChecked();
  await dialog.getByRole('radio', { name: 'SVG (vector)' }).check();
  const file = await downloadOf(page, dialog.getByRole('button', { name: 'Save…' }));
  const svg = await svgFacts(page, file.bytes.toString('utf8'));
  expect(Object.keys(svg.nodeText).sort()).toEqual(['k-web', 'r-wca']);
  expect(svg.edges.map((e) => e.id)).toEqual(['e9']);
  // Whole board again: every node is back.
  await dialog.getByRole('radio', { name: 'Whole board' }).check();
  expect(Object.keys((await svgFacts(page, await previewSvg(dialog.getByRole('img', { name: 'Preview' })))).nodeText)).toHaveLength(demo.nodes.length);
});

test('a board too big for 4× is exported at the largest scale that fits, with a visible message, never blank or cut', async ({ page }) => {
  test.setTimeout(120_000);
  await openBoard(page, 'en', largeBoard(1000));
  await page.keyboard.press('Control+e');
  const dialog = exportDialog(page);
  await dialog.getByLabel('Size').selectOption('4');
  const message = dialog.getByRole('alert');
  await expect(message).toContainText('more than can be drawn (at most 16,384 px a side and 268 megapixels)');
  const [, scale] = /exported at ([\d.]+)× instead/.exec((await message.textContent())!)!;
  expect(Number(scale)).toBeLessThan(4);
  const [, shownWidth, shownHeight] = /(\d+) × (\d+) px/.exec((await dialog.getByTestId('export-pixels').textContent())!)!.map(Number);
  await page.screenshot({ path: `${SCREENS}/export-clamped-en.png` });

  const file = await downloadOf(page, dialog.getByRole('button', { name: 'Save…' }));
  // The PNG header (IHDR) holds the size; decoding 100+ megapixels here would only cost memory.
  const width = file.bytes.readUInt32BE(16);
  const height = file.bytes.readUInt32BE(20);
  expect([width, height]).toEqual([shownWidth, shownHeight]);
  expect(Math.max(width, height)).toBeLessThanOrEqual(16_384);
  expect(width * height).toBeLessThanOrEqual(268_435_456);
  // The whole board is in it: the image spans the scene at the lowered scale…
  const [, , sceneWidth] = (await svgFacts(page, await previewSvg(dialog.getByRole('img', { name: 'Preview' })))).viewBox;
  expect(width).toBe(Math.ceil(sceneWidth * Number(scale)));
  // …and is not blank: a blank image this size compresses to well under a megabyte.
  expect(file.bytes.length).toBeGreaterThan(5_000_000);
});

test('the export code loads after the board is shown, in an idle moment, and is ready before the first Ctrl+E', async ({ page }) => {
  // When the first node appeared, on the page's own clock (resource timings use the same).
  await page.addInitScript(() => {
    const seen = new MutationObserver(() => {
      if (!document.querySelector('.react-flow__node')) return;
      (window as never as { nodesAt: number }).nodesAt = performance.now();
      seen.disconnect();
    });
    seen.observe(document, { childList: true, subtree: true });
  });
  await openBoard(page, 'en', demo);
  const exportCode = () =>
    page.evaluate(() => {
      const entry = performance.getEntriesByType('resource').find((e) => /\/ExportDialog-[\w-]+\.js$/.test(e.name));
      return entry ? { startedAt: entry.startTime, nodesAt: (window as never as { nodesAt: number }).nodesAt } : null;
    });
  await expect.poll(exportCode, { timeout: 10_000 }).not.toBeNull();
  const { startedAt, nodesAt } = (await exportCode())!;
  expect(startedAt).toBeGreaterThan(nodesAt);
  await page.keyboard.press('Control+e');
  await expect(exportDialog(page)).toBeVisible();
});

for (const lang of ['en', 'nl'] as const) {
  test(`a window whose code cannot load says so, the board stays, and the next try opens it (${lang})`, async ({ page }) => {
    // A damaged install: the chunks of the export dialog (and the idle preload of them) fail.
    await page.route(/\/ExportDialog-[\w-]+\.js$/, (route) => route.abort('failed'));
    await openBoard(page, lang, demo);
    await page.keyboard.press('Control+e');
    const notice = page.locator('[data-notice="loadError"]');
    await expect(notice).toBeVisible();
    await expect(notice).toHaveAttribute('role', 'alert');
    await expect(notice).toContainText(lang === 'en' ? 'Part of OrgCanvas could not be loaded' : 'Een deel van OrgCanvas kon niet worden geladen');
    await expect(notice).toContainText(lang === 'en' ? 'Your board is safe' : 'Je bord is veilig');
    await page.screenshot({ path: `${SCREENS}/export-load-failed-${lang}.png` });
    await expect(exportDialog(page, lang)).toHaveCount(0);
    await expect(nodeEl(page, 'k-web')).toBeVisible();
    await page.unroute(/\/ExportDialog-[\w-]+\.js$/);
    await page.keyboard.press('Control+e');
    await expect(exportDialog(page, lang)).toBeVisible();
  });
}
