/**
 * Presentation mode read from the back of the room: axe-core finds no serious or critical
 * violations, text contrast is at least 7:1 (axe's AAA rule plus our own check of every
 * label), node labels are at least 24 px and lines at least 3 px on screen at 1280×720 with
 * the board fitted, and long words break only where the language allows, with a hyphen.
 * Screenshots in both languages and both projector sizes go to test-results/workshop/.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { demoBoard } from '../../shared/boards/demo';
import { midWordBreaks } from './presentationHelpers';
import { templateBoard, type TemplateId } from '../../shared/templates';

const SHOTS = 'test-results/workshop';
const MIN_LABEL_PX = 24;
const MIN_CONTRAST = 7;
const MIN_LINE_PX = 3;

/**
 * A first start's demo, presented. `boardLang`: the language the demo was created in (a first
 * start writes it in the interface's language; switching the interface afterwards leaves the
 * board's words as they are).
 */
async function present(page: Page, lang: 'en' | 'nl', size: { width: number; height: number }, boardLang: 'en' | 'nl' = lang) {
  await page.setViewportSize(size);
  await page.goto(`./?lang=${boardLang}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(demoBoard().nodes.length);
  if (boardLang !== lang) {
    await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
    await page.getByRole('combobox', { name: boardLang === 'nl' ? 'Taal' : 'Language', exact: true }).selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
  }
  await page.keyboard.press('F5');
  await expect(page.locator('html')).toHaveClass(/oc-presenting/);
  await settle(page);
}

/** Wait until the camera has stopped moving (fit animations run 350 ms). */
async function settle(page: Page) {
  let last = '';
  await expect(async () => {
    const now = await page.locator('.react-flow__viewport').evaluate((v) => getComputedStyle(v).transform);
    const same = now === last;
    last = now;
    expect(same).toBe(true);
  }).toPass({ intervals: [200, 200, 200, 400] });
}

interface LabelFacts {
  text: string;
  screenPx: number;
  contrast: number;
  visible: boolean;
}

/** Every node label's on-screen font size (CSS px × viewport scale) and its text contrast. */
function labelFacts(page: Page): Promise<LabelFacts[]> {
  return page.evaluate(() => {
    const channel = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    /** The first opaque background behind an element. */
    const background = (element: Element | null): number[] => {
      for (let e = element; e; e = e.parentElement) {
        const [r, g, b, a = 1] = rgb(getComputedStyle(e).backgroundColor);
        if (a >= 0.99 && r !== undefined) return [r, g, b];
      }
      return [255, 255, 255];
    };
    const scale = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a;
    return [...document.querySelectorAll('.oc-node__label, .oc-department__label, .oc-note__text')].map((label) => {
      const style = getComputedStyle(label);
      const fg = luminance(rgb(style.color));
      const bg = luminance(background(label));
      const rect = label.getBoundingClientRect();
      return {
        text: label.textContent ?? '',
        screenPx: parseFloat(style.fontSize) * scale,
        contrast: (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05),
        visible: rect.width > 0 && rect.right > 0 && rect.bottom > 0 && rect.left < innerWidth && rect.top < innerHeight,
      };
    });
  });
}

for (const lang of ['en', 'nl'] as const) {
  test(`presentation at 1280×720 (${lang}): labels at least 24 px fitted, contrast at least 7:1, no serious axe findings`, async ({ page }) => {
    await present(page, lang, { width: 1280, height: 720 });
    const labels = await labelFacts(page);
    expect(labels.length).toBeGreaterThan(20);
    for (const label of labels) {
      expect(label.visible, `${label.text} is on screen with the board fitted`).toBe(true);
      expect(label.screenPx, `${label.text}: ${label.screenPx.toFixed(1)} px`).toBeGreaterThanOrEqual(MIN_LABEL_PX);
      expect(label.contrast, `${label.text}: contrast ${label.contrast.toFixed(2)}`).toBeGreaterThanOrEqual(MIN_CONTRAST);
    }
    // Lines too: at least 3 px on screen, whatever their width on the editing canvas.
    const lines = await page.evaluate(() => {
      const scale = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a;
      return [...document.querySelectorAll('.oc-edge')].map((edge) => ({
        id: edge.getAttribute('data-id'),
        screenPx: parseFloat(getComputedStyle(edge.querySelector('.oc-edge__line')!).strokeWidth) * scale,
      }));
    });
    expect(lines.length).toBe(demoBoard().edges.length);
    for (const line of lines) expect(line.screenPx, `line ${line.id}: ${line.screenPx.toFixed(1)} px`).toBeGreaterThanOrEqual(MIN_LINE_PX);
    await page.screenshot({ path: `${SHOTS}/present-1280-${lang}.png` });

    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag2aaa']).analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    const contrast = axe.violations.filter((v) => v.id === 'color-contrast-enhanced' || v.id === 'color-contrast');
    expect(contrast.flatMap((v) => v.nodes.map((n) => n.failureSummary))).toEqual([]);
  });

  test(`presentation at 1280×720 (${lang}): long words break between syllables, with a hyphen, and only while presenting`, async ({ page }) => {
    // The Dutch demo, presented in either interface language.
    await present(page, lang, { width: 1280, height: 720 }, 'nl');
    // The patterns load when presenting starts: soft hyphens appear in the long labels.
    const label = page.locator('.react-flow__node[data-id="r-wca"] .oc-node__label');
    await expect.poll(() => label.evaluate((e) => e.textContent?.includes('\u00ad'))).toBe(true);
    // The board is written in Dutch whatever the interface's language: its words get the Dutch
    // patterns (English ones made "Applic-atiebeheer-der").
    const app = page.locator('.react-flow__node[data-id="r-app"] .oc-node__label');
    expect(await app.evaluate((e) => e.textContent?.replaceAll('\u00ad', '-'))).toBe('Ap-pli-ca-tie-be-heer-der');
    expect(await midWordBreaks(page)).toEqual([]);
    // The fitted board, the first tour step and a department up close.
    for (const step of [1, 2]) {
      await page.keyboard.press('ArrowRight');
      await settle(page);
      expect(await midWordBreaks(page), `tour step ${step}`).toEqual([]);
    }
    // What assistive technology reads is the label itself.
    await expect(page.locator('.react-flow__node[data-id="r-wca"]')).toHaveAttribute('aria-label', 'Webcaremedewerker');
    await page.keyboard.press('Escape');
    await expect(page.locator('html')).not.toHaveClass(/oc-presenting/);
    await expect.poll(() => label.evaluate((e) => e.textContent?.includes('\u00ad'))).toBe(false);
  });

  test(`presentation at 1920×1080 (${lang}), with the hint reveal open: still legible and clean`, async ({ page }) => {
    await present(page, lang, { width: 1920, height: 1080 });
    for (const label of await labelFacts(page)) expect(label.screenPx, label.text).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    await page.screenshot({ path: `${SHOTS}/present-1920-${lang}.png` });
    await page.keyboard.press('h');
    await expect(page.getByTestId('hint-reveal')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/reveal-1920-${lang}.png` });
    const axe = await new AxeBuilder({ page }).include('[data-testid="hint-reveal"]').withTags(['wcag2a', 'wcag2aa', 'wcag2aaa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
}

/*
 * Issue 21 changed how this holds: labels used to be 25 px on screen whatever the zoom, and
 * were cut ("Accountmanager zake…"); they are now whole, in boxes grown to hold them
 * (presentation-room.spec.ts). On this, the most crowded template, in Dutch, the presented
 * layout reaches 24.2–24.3 px at 1280×720.
 */
const CROWDED_MIN_LABEL_PX = 24;

test('the largest template keeps its labels at 24 px, whole, when fitted at 1280×720', async ({ page }) => {
  const id: TemplateId = 'dandelion';
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?lang=nl');
  await page.getByTestId('open-templates').click();
  await page.getByTestId('template-picker').locator(`[data-template="${id}"]`).getByRole('button').click();
  await expect(page.locator('.oc-topbar')).toContainText(templateBoard(id).profile.name);
  await page.keyboard.press('F5');
  await settle(page);
  const labels = await labelFacts(page);
  expect(labels.length).toBeGreaterThan(40);
  for (const label of labels) {
    expect(label.visible, label.text).toBe(true);
    expect(label.screenPx, label.text).toBeGreaterThanOrEqual(CROWDED_MIN_LABEL_PX);
    expect(label.contrast, label.text).toBeGreaterThanOrEqual(MIN_CONTRAST);
  }
  await page.screenshot({ path: `${SHOTS}/present-1280-dandelion-nl.png` });
});
