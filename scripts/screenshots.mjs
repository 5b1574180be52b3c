#!/usr/bin/env node
/**
 * The README's screenshots, taken the way a facilitator meets the app: a projector laptop's
 * 1280×720 window, the first start's demo board in each language, then presenting (F5).
 * Run after `npm run build:web`: `node scripts/screenshots.mjs` (writes docs/*.png).
 * Chromium is Debian's (tests/e2e/playwright.config.ts says why), or CHROMIUM_PATH.
 */
import { chromium } from '@playwright/test';
import { preview } from 'vite';

const SIZE = { width: 1280, height: 720 };
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });

/** Waits until the board has stopped moving (fits animate) and the lines are routed. */
async function settle(page) {
  await page.waitForSelector('.oc-edge-layer[data-routed="true"]', { timeout: 30_000 });
  let last = '';
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(250);
    const now = await page.locator('.react-flow__viewport').getAttribute('style');
    if (now === last) return;
    last = now;
  }
}

try {
  for (const lang of ['en', 'nl']) {
    const page = await browser.newPage({ viewport: SIZE });
    await page.goto(`${url}?lang=${lang}`);
    await page.waitForSelector('.react-flow__node');
    await page.waitForSelector('[data-save-state="saved"]');
    await settle(page);
    await page.screenshot({ path: `docs/screenshot-${lang}.png` });
    await page.keyboard.press('F5');
    await page.waitForSelector('html.oc-presenting');
    await settle(page);
    await page.screenshot({ path: `docs/presenting-${lang}.png` });
    await page.close();
    console.log(`docs/screenshot-${lang}.png, docs/presenting-${lang}.png`);
  }
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
