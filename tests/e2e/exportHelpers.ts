/** Shared by export.spec.ts and raci.spec.ts: the dialogs' texts, downloads, SVG and PDF facts. */
import { expect, type Locator, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a user reads, per language: the tests look for these, not for class names. */
export const EXPORT_TEXT = {
  en: {
    command: 'Export…', title: 'Export', format: 'Format', png: 'PNG image', svg: 'SVG (vector)', pdf: 'PDF diagram', report: 'PDF report',
    size: 'Size', background: 'Background', transparent: 'Transparent', legend: 'Legend', save: 'Save…', close: 'Close', preview: 'Preview',
    selection: /^Selection \(\d+\)$/, board: 'Whole board', raciCommand: 'RACI matrix…', raciTitle: 'RACI matrix', csv: 'Export CSV', palette: 'Type a command',
  },
  nl: {
    command: 'Exporteren…', title: 'Exporteren', format: 'Formaat', png: 'PNG-afbeelding', svg: 'SVG (vector)', pdf: 'PDF-diagram', report: 'PDF-rapport',
    size: 'Grootte', background: 'Achtergrond', transparent: 'Transparant', legend: 'Legenda', save: 'Opslaan…', close: 'Sluiten', preview: 'Voorbeeld',
    selection: /^De selectie \(\d+\)$/, board: 'Het hele bord', raciCommand: 'RACI-matrix…', raciTitle: 'RACI-matrix', csv: 'CSV exporteren', palette: 'Typ een opdracht',
  },
} as const;

export const SCREENS = 'test-results/screens';

/** Clicks `trigger` and returns the bytes and name of the file the page downloads. */
export async function downloadOf(page: Page, trigger: Locator): Promise<{ bytes: Buffer; name: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
  return { bytes: readFileSync((await download.path())!), name: download.suggestedFilename() };
}

/** The SVG the preview `<img>` shows (a data URL). */
export async function previewSvg(preview: Locator): Promise<string> {
  const src = (await preview.getAttribute('src'))!;
  return decodeURIComponent(src.slice(src.indexOf(',') + 1));
}

export interface SvgFacts {
  parseError: string | null;
  /** Node id → all the text inside its group, whitespace collapsed. */
  nodeText: Record<string, string>;
  edges: { id: string; kind: string; points: number[][]; stroke: string; dashed: boolean }[];
  viewBox: number[];
  /** Elements and attributes a viewer could run: foreignObject, script, on*, javascript: URLs. */
  dangerous: string[];
}

/** Parses SVG text with the browser's own XML parser (a strict one: any error shows). */
export function svgFacts(page: Page, svg: string): Promise<SvgFacts> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const error = doc.querySelector('parsererror');
    const all = [...doc.querySelectorAll('*')];
    const dangerous: string[] = [];
    for (const el of all) {
      if (/^(foreignObject|script|iframe|object|embed)$/i.test(el.localName)) dangerous.push(`<${el.localName}>`);
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) dangerous.push(`${el.localName}@${attr.name}`);
        if (/href$/i.test(attr.name) && /^\s*javascript:/i.test(attr.value)) dangerous.push(`${el.localName}@${attr.name}=javascript:`);
      }
    }
    const nodeText: Record<string, string> = {};
    for (const g of doc.querySelectorAll('g.node[data-id]')) nodeText[g.getAttribute('data-id')!] = [...g.querySelectorAll('text')].map((t) => t.textContent).join(' ').replace(/\s+/g, ' ');
    // Paint lives in the SVG's own <style> classes (or, failing that, in attributes): read
    // it the way a viewer would, by matching each rule against the element.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync([...doc.querySelectorAll('style')].map((s) => s.textContent).join('\n'));
    const paint = (el: Element, property: string) => {
      let value = el.getAttribute(property) ?? '';
      for (const rule of sheet.cssRules) if (rule instanceof CSSStyleRule && el.matches(rule.selectorText)) value = rule.style.getPropertyValue(property) || value;
      return value;
    };
    const edges = [...doc.querySelectorAll('g.edge[data-id]')].map((g) => {
      const line = g.querySelector('polyline')!;
      const dash = paint(line, 'stroke-dasharray');
      return {
        id: g.getAttribute('data-id')!,
        kind: g.getAttribute('data-kind') ?? '',
        points: line.getAttribute('points')!.trim().split(/\s+/).map((p) => p.split(',').map(Number)),
        stroke: paint(line, 'stroke'),
        dashed: dash !== '' && dash !== 'none',
      };
    });
    const viewBox = (doc.documentElement.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
    return { parseError: error ? error.textContent : null, nodeText, edges, viewBox, dangerous };
  }, svg);
}

/** pdfinfo's page count and pdftotext's text of a PDF (poppler-utils). */
export function pdfFacts(bytes: Buffer): { pages: number; text: string; firstPagePng: Buffer; sizes: { width: number; height: number }[] } {
  const dir = mkdtempSync(join(tmpdir(), 'oc-pdf-'));
  const file = join(dir, 'out.pdf');
  writeFileSync(file, bytes);
  const info = execFileSync('pdfinfo', [file]).toString();
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
  execFileSync('pdftoppm', ['-png', '-r', '40', '-f', '1', '-l', '1', '-singlefile', file, join(dir, 'page')]);
  // Each page's size in pt, as poppler reads it ("Page    2 size: 841.89 x 595.28 pts").
  const perPage = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), file]).toString();
  const sizes = [...perPage.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  return { pages, text, firstPagePng: readFileSync(join(dir, 'page.png')), sizes };
}

/** A colour as `#rrggbb` or as the CSSOM writes it, `rgb(r, g, b)`, to its three channels. */
export function rgb(colour: string): number[] {
  const fn = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(colour);
  if (fn) return fn.slice(1, 4).map(Number);
  const h = colour.replace('#', '');
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
}

export async function expectPreviewShown(preview: Locator) {
  await expect(preview).toBeVisible();
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
}
