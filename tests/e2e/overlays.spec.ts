/**
 * Overlays that behave (issue 21, point 5), at a projector laptop's 1280×720, in English and
 * Dutch: every popover, card, panel and dialog closes with Escape and with a press outside
 * (chrome/dismiss.ts); the side panels open beside the canvas, never over the control that
 * opened them or any other (checked by the browser's hit-testing, overlayHelpers.ts); typing
 * into the parking lot while presenting never reaches the presenting keys.
 */
import { expect, test, type Page } from '@playwright/test';
import { demoBoard } from '../../shared/boards/demo';
import { coveredControls, expectHittable, pressOutside } from './overlayHelpers';

const demo = demoBoard();
test.use({ viewport: { width: 1280, height: 720 } });

const WORDS = {
  en: { leave: 'Leave presentation', close: 'Close parking lot', field: 'Add a note', versions: 'Versions', palette: 'Command palette…', help: 'Keyboard shortcuts' },
  nl: { leave: 'Presentatie verlaten', close: 'Parkeerplaats sluiten', field: 'Notitie toevoegen', versions: 'Versies', palette: 'Opdrachtenpalet…', help: 'Sneltoetsen' },
} as const;

async function openDemo(page: Page, lang: 'en' | 'nl') {
  await page.goto(`./?lang=${lang}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(demo.nodes.length);
  await expect(page.getByTestId('open-model')).toBeVisible();
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
}

for (const lang of ['en', 'nl'] as const) {
  const T = WORDS[lang];

  test(`the organisation-model card opens beside the canvas, covers no control, and closes with Esc, a press outside and its chip (${lang})`, async ({ page }) => {
    await openDemo(page, lang);
    const chip = page.getByTestId('open-model');
    const card = page.getByTestId('model-card');
    await chip.click();
    await expect(card).toBeVisible();
    await expectHittable(chip);
    expect(await coveredControls(page, '[data-testid="model-card"]')).toEqual([]);
    await page.screenshot({ path: `test-results/screens/overlay-model-${lang}.png` });

    await page.keyboard.press('Escape');
    await expect(card).toHaveCount(0);
    // Focus went back to the chip that opened it.
    await expect(chip).toBeFocused();

    await chip.click();
    await expect(card).toBeVisible();
    await pressOutside(page);
    await expect(card).toHaveCount(0);

    // The chip toggles it; its × closes it.
    await chip.click();
    await expect(card).toBeVisible();
    await chip.click();
    await expect(card).toHaveCount(0);
    await chip.click();
    await card.getByRole('button', { name: lang === 'en' ? 'Close the organisation model' : 'Organisatiemodel sluiten' }).click();
    await expect(card).toHaveCount(0);
  });

  test(`the parking lot (editing): its field takes focus, it covers no control, Esc in the field and a press outside close it (${lang})`, async ({ page }) => {
    await openDemo(page, lang);
    await page.getByTestId('open-timer').click();
    const lot = page.getByTestId('parking-lot');
    await page.getByTestId('open-parking').click();
    await expect(lot).toBeVisible();
    const field = lot.getByRole('textbox', { name: T.field });
    await expect(field).toBeFocused();
    expect(await coveredControls(page, '[data-testid="parking-lot"]')).toEqual([]);
    // The timer pill sits in the workshop bar, not on the panel's title.
    const timer = (await page.getByTestId('timer').boundingBox())!;
    const title = (await lot.getByRole('heading', { level: 2 }).boundingBox())!;
    expect(timer.x + timer.width <= title.x || title.x + title.width <= timer.x || timer.y + timer.height <= title.y || title.y + title.height <= timer.y).toBe(true);
    await page.screenshot({ path: `test-results/screens/overlay-parking-${lang}.png` });

    // `?` typed into the field is text, not the shortcuts overlay.
    await field.pressSequentially('Wie? TikTok');
    await expect(field).toHaveValue('Wie? TikTok');
    await expect(page.locator('.oc-help')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(lot).toHaveCount(0);
    await expect(page.getByTestId('open-parking')).toBeFocused();

    await page.getByTestId('open-parking').click();
    await expect(lot).toBeVisible();
    await pressOutside(page);
    await expect(lot).toHaveCount(0);
  });

  test(`presenting: P focuses the parking lot's field, typing there never runs the presenting keys; Esc closes it before it leaves (${lang})`, async ({ page }) => {
    await openDemo(page, lang);
    await page.keyboard.press('F5');
    await expect(page.locator('html')).toHaveClass(/oc-presenting/);
    await page.keyboard.press('t');
    await page.keyboard.press('t'); // started and paused again: the pill stays, still.
    const timer = page.getByTestId('timer');
    await expect(timer).toBeVisible();
    await expect(timer).not.toHaveClass(/is-running/);

    await page.keyboard.press('p');
    const lot = page.getByTestId('parking-lot');
    await expect(lot).toBeVisible();
    const field = lot.getByRole('textbox', { name: T.field });
    await expect(field).toBeFocused();
    // Every presenting key in the idea: none of them acts.
    await page.keyboard.type('Test TikTok, shh: plan later');
    await expect(field).toHaveValue('Test TikTok, shh: plan later');
    await expect(timer).not.toHaveClass(/is-running/);
    await expect(page.getByTestId('spotlight')).toHaveCount(0);
    await expect(page.getByTestId('laser')).toHaveCount(0);
    await expect(page.getByTestId('hint-reveal')).toHaveCount(0);
    await expect(page.getByTestId('tour-caption')).toHaveAttribute('data-step-kind', 'overview');

    // Neither the leave button nor the timer is under the panel, and its × is reachable.
    await expectHittable(page.getByRole('button', { name: T.leave }));
    await expectHittable(lot.getByRole('button', { name: T.close }));
    await expectHittable(page.getByTestId('timer-time'));
    expect(await coveredControls(page, '[data-testid="parking-lot"]')).toEqual([]);
    await page.screenshot({ path: `test-results/screens/overlay-present-parking-${lang}.png` });

    // Esc in the field closes the parking lot; presenting goes on until the next Esc.
    await page.keyboard.press('Escape');
    await expect(lot).toHaveCount(0);
    await expect(page.locator('html')).toHaveClass(/oc-presenting/);

    // Open again, leave with its panel open: after leaving, the pill is not on the panel's title.
    await page.keyboard.press('p');
    await expect(lot).toBeVisible();
    await page.getByRole('button', { name: T.leave }).click();
    await expect(page.locator('html')).not.toHaveClass(/oc-presenting/);
    await page.getByTestId('open-parking').click();
    await expect(lot).toBeVisible();
    const pill = (await timer.boundingBox())!;
    const title = (await lot.getByRole('heading', { level: 2 }).boundingBox())!;
    expect(pill.x + pill.width <= title.x || title.x + title.width <= pill.x || pill.y + pill.height <= title.y || title.y + title.height <= pill.y).toBe(true);
    expect(await coveredControls(page, '[data-testid="parking-lot"]')).toEqual([]);
  });

  test(`the versions panel covers no control and closes with Esc and a press outside (${lang})`, async ({ page }) => {
    await openDemo(page, lang);
    const opener = page.getByRole('button', { name: T.versions, exact: true });
    const panel = page.locator('.oc-versions');
    await opener.click();
    await expect(panel).toBeVisible();
    await expectHittable(opener);
    expect(await coveredControls(page, '.oc-versions')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await opener.click();
    await expect(panel).toBeVisible();
    await pressOutside(page);
    await expect(panel).toHaveCount(0);
  });

  test(`dialogs and menus close with Esc and with a press outside: palette, help, templates, export, RACI, context menu (${lang})`, async ({ page }) => {
    await openDemo(page, lang);
    const openers: [string, () => Promise<void>, string][] = [
      ['palette', () => page.keyboard.press('Control+k'), '.oc-search'],
      ['help', () => page.getByRole('button', { name: T.help }).click(), '.oc-help'],
      ['templates', () => page.getByTestId('open-templates').click(), '[data-testid="template-picker"]'],
      ['export', () => page.keyboard.press('Control+e'), '.oc-export:not(.oc-raci-view)'],
      ['raci', () => page.keyboard.press('Control+Shift+r'), '.oc-raci-view'],
      [
        'context menu',
        async () => {
          const pane = (await page.locator('.react-flow__pane').boundingBox())!;
          await page.mouse.click(pane.x + pane.width - 140, pane.y + pane.height - 30, { button: 'right' });
        },
        '[role="menu"]',
      ],
    ];
    for (const [name, open, selector] of openers) {
      const overlay = page.locator(selector);
      await open();
      await expect(overlay, `${name} opens`).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(overlay, `${name} closes with Esc`).toHaveCount(0);
      await open();
      await expect(overlay, `${name} opens again`).toBeVisible();
      // A press in the window's bottom-left corner: outside every dialog and menu.
      await page.mouse.click(6, 714);
      await expect(overlay, `${name} closes with a press outside`).toHaveCount(0);
    }
    // Escape with nothing open still does what it did: the selection goes.
    await page.locator(`.react-flow__node[data-id="${demo.nodes.find((n) => !n.parentId && n.kind === "task")!.id}"]`).click();
    await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);
  });
}
