/**
 * Geometry checks of presentation mode (issue 21, point 2), run in the page: each returns
 * the problems it finds as words, so a failing test says which label, marker or panel.
 */
import { expect, type Page } from '@playwright/test';

type Hook = { store: { getState(): { loadBoard(board: unknown): void; select(nodes: string[], edges: string[]): void } }; parse(value: unknown): unknown };

/** Open `board` (plain JSON) through the bench hook, as the library would. */
export async function loadBoard(page: Page, board: unknown): Promise<void> {
  await page.evaluate((value) => {
    const hook = (window as never as { __ORGCANVAS_BENCH__: Hook }).__ORGCANVAS_BENCH__;
    hook.store.getState().loadBoard(hook.parse(value));
  }, board);
}

/** Select a node and an edge while editing, as a facilitator would before pressing F5. */
export async function selectSomething(page: Page, nodeId: string, edgeId: string | undefined): Promise<void> {
  await page.evaluate(
    ([node, edge]) => (window as never as { __ORGCANVAS_BENCH__: Hook }).__ORGCANVAS_BENCH__.store.getState().select([node!], edge ? [edge] : []),
    [nodeId, edgeId],
  );
}

/** Wait until the camera has stopped, the presented layout is drawn and its lines are routed. */
export async function settle(page: Page): Promise<void> {
  let last = '';
  await expect(async () => {
    const now = await page.evaluate(() => {
      const viewport = getComputedStyle(document.querySelector('.react-flow__viewport')!).transform;
      const routed = document.querySelector('.oc-edge-layer')?.getAttribute('data-routed');
      const sized = document.documentElement.style.getPropertyValue('--oc-label-px');
      const nodes = [...document.querySelectorAll('.react-flow__node')].map((n) => (n as HTMLElement).style.transform + (n as HTMLElement).style.width).join();
      return `${viewport}|${routed}|${sized}|${nodes.length}|${nodes}`;
    });
    const same = now === last && now.includes('|true|') && !now.includes('||');
    last = now;
    expect(same).toBe(true);
  }).toPass({ intervals: [250, 250, 250, 500], timeout: 20_000 });
}

/**
 * Every node label: its text fits its box (scroll size within client size, and the label's
 * box inside its node's), nothing clamped or ellipsised, and its on-screen size (computed
 * font × viewport scale) at least `minPx`.
 */
export function labelProblems(page: Page, minPx: number): Promise<string[]> {
  return page.evaluate((min) => {
    const problems: string[] = [];
    const scale = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a;
    const labels = [...document.querySelectorAll<HTMLElement>('.react-flow__node .oc-node__label, .react-flow__node .oc-department__label, .react-flow__node .oc-note__text')];
    if (labels.length === 0) problems.push('no labels');
    for (const label of labels) {
      const name = (label.textContent ?? '').replace(/\u00ad/g, '');
      const style = getComputedStyle(label);
      if (label.scrollWidth > label.clientWidth + 1) problems.push(`${name}: ${label.scrollWidth} px wide in ${label.clientWidth}`);
      if (label.scrollHeight > label.clientHeight + 1) problems.push(`${name}: ${label.scrollHeight} px tall in ${label.clientHeight}`);
      if (style.textOverflow === 'ellipsis') problems.push(`${name}: ellipsis`);
      if (style.webkitLineClamp && style.webkitLineClamp !== 'none') problems.push(`${name}: clamped to ${style.webkitLineClamp} lines`);
      // The label's box inside its node's border box, whose overflow is hidden.
      const box = label.getBoundingClientRect();
      const node = label.closest('.react-flow__node')!.getBoundingClientRect();
      if (box.left < node.left - 1 || box.right > node.right + 1 || box.top < node.top - 1 || box.bottom > node.bottom + 1) problems.push(`${name}: outside its box`);
      const px = parseFloat(style.fontSize) * scale;
      if (px < min) problems.push(`${name}: ${px.toFixed(1)} px on screen`);
    }
    return problems;
  }, minPx);
}

/**
 * Each place where a visible line of a label starts inside a word, as "Contentmake|r". A line
 * may start after a space, a hyphen or a soft hyphen (where the browser shows a hyphen).
 */
export function midWordBreaks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const breaks: string[] = [];
    for (const label of document.querySelectorAll('.oc-node__label, .oc-department__label, .oc-note__text')) {
      const node = label.firstChild;
      if (!(node instanceof Text) || label.childNodes.length !== 1) continue;
      const text = node.data;
      const bottom = label.getBoundingClientRect().bottom;
      const range = document.createRange();
      let lineTop: number | null = null;
      for (let i = 0; i < text.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        // The character's own box is the last: a range that starts where a line ends also has
        // a box at the end of that line (holding the hyphen shown there).
        const rect = [...range.getClientRects()].filter((r) => r.width > 0).pop();
        if (!rect || rect.top >= bottom - 1) continue;
        if (lineTop !== null && rect.top > lineTop + rect.height / 2 && !/[\s\u00ad-]/.test(text[i - 1]!)) {
          breaks.push(`${text.slice(0, i)}|${text.slice(i)}`.replace(/\u00ad/g, ''));
        }
        lineTop = rect.top;
      }
    }
    return breaks;
  });
}

/**
 * Objectives: the band (a flat bar) is not drawn, and every line of the label lies inside
 * the node's rounded shape (its border radius read from the page).
 */
export function objectiveProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const objective of document.querySelectorAll<HTMLElement>('.oc-node--objective')) {
      const name = objective.querySelector('.oc-node__label')?.textContent?.replace(/\u00ad/g, '') ?? '?';
      const band = objective.querySelector('.oc-node__band');
      if (band && band.getBoundingClientRect().height > 0) problems.push(`${name}: band drawn`);
      const box = objective.getBoundingClientRect();
      const scale = box.width / objective.offsetWidth;
      const radius = Math.min(parseFloat(getComputedStyle(objective).borderTopLeftRadius) * scale, box.width / 2, box.height / 2);
      const inside = (x: number, y: number) => {
        const cx = Math.min(Math.max(x, box.left + radius), box.right - radius);
        const cy = Math.min(Math.max(y, box.top + radius), box.bottom - radius);
        return x >= box.left - 0.5 && x <= box.right + 0.5 && y >= box.top - 0.5 && y <= box.bottom + 0.5 && Math.hypot(x - cx, y - cy) <= radius + 0.5;
      };
      const text = objective.querySelector('.oc-node__label')?.firstChild;
      if (!text) continue;
      const range = document.createRange();
      range.selectNodeContents(text);
      for (const r of range.getClientRects()) {
        if (!(inside(r.left, r.top) && inside(r.right, r.top) && inside(r.left, r.bottom) && inside(r.right, r.bottom))) problems.push(`${name}: text outside the shape`);
      }
    }
    return problems;
  });
}

/**
 * RACI markers: each letter at least `minPx` high on screen, the markers' boxes pairwise
 * disjoint, and no other line's drawn path passing through a marker's box (sampled every
 * 2 screen px).
 */
export function markerProblems(page: Page, minPx: number): Promise<{ count: number; problems: string[] }> {
  return page.evaluate((min) => {
    const problems: string[] = [];
    const markers = [...document.querySelectorAll<SVGGElement>('.oc-raci')].map((g) => ({
      edge: g.closest('.oc-edge')!.getAttribute('data-id')!,
      box: g.querySelector('circle')!.getBoundingClientRect(),
      letter: g.querySelector('text')!,
    }));
    const scale = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a;
    for (const m of markers) {
      const px = parseFloat(getComputedStyle(m.letter).fontSize) * scale;
      if (px < min || m.box.height < min) problems.push(`${m.edge}: letter ${px.toFixed(1)} px, marker ${m.box.height.toFixed(1)} px`);
    }
    for (let i = 0; i < markers.length; i++) {
      for (let j = i + 1; j < markers.length; j++) {
        const [a, b] = [markers[i]!.box, markers[j]!.box];
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) problems.push(`markers of ${markers[i]!.edge} and ${markers[j]!.edge} overlap`);
      }
    }
    for (const path of document.querySelectorAll<SVGPathElement>('.oc-edge path.oc-edge__line')) {
      const edge = path.closest('.oc-edge')!.getAttribute('data-id')!;
      const matrix = path.getScreenCTM()!;
      const total = path.getTotalLength();
      const step = Math.max(0.5, 2 / scale);
      for (const m of markers) {
        if (m.edge === edge) continue;
        // The circle's box, less a pixel for anti-aliasing at its rim.
        const box = { left: m.box.left + 1, right: m.box.right - 1, top: m.box.top + 1, bottom: m.box.bottom - 1 };
        for (let d = 0; d <= total; d += step) {
          const p = new DOMPoint(path.getPointAtLength(d).x, path.getPointAtLength(d).y).matrixTransform(matrix);
          if (p.x > box.left && p.x < box.right && p.y > box.top && p.y < box.bottom) {
            problems.push(`line ${edge} passes through the marker of ${m.edge}`);
            break;
          }
        }
      }
    }
    return { count: markers.length, problems };
  }, minPx);
}

/**
 * Nothing looks selected: no selection ring on a node, no handle, no selected line. The
 * pointer goes to the window's corner first: a node under it shows its connection handle,
 * for a live connection, as in the editor.
 */
export async function selectionProblems(page: Page): Promise<string[]> {
  await page.mouse.move(1, 1);
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('.react-flow__node.selected, .react-flow__node .is-selected')) {
      const style = getComputedStyle(element);
      if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) problems.push(`selection ring on ${element.closest('.react-flow__node')?.getAttribute('data-id')}`);
    }
    for (const handle of document.querySelectorAll<HTMLElement>('.react-flow__handle, .react-flow__resize-control, .oc-edge-ends__handle')) {
      const r = handle.getBoundingClientRect();
      if (r.width > 0 && r.height > 0 && getComputedStyle(handle).visibility !== 'hidden') problems.push(`handle shown on ${handle.closest('[data-id]')?.getAttribute('data-id')}`);
    }
    if (document.querySelector('.react-flow__edge.selected')) problems.push('a line is selected');
    return problems;
  });
}

/** Node boxes that `selector`'s elements cover, as "what: node". */
export function coveredNodes(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const covers = [...document.querySelectorAll(sel)].map((e) => ({ what: e.getAttribute('data-testid') ?? e.className, r: e.getBoundingClientRect() })).filter((c) => c.r.width > 0);
    const found: string[] = [];
    for (const node of document.querySelectorAll('.react-flow__node')) {
      const n = node.getBoundingClientRect();
      for (const c of covers) if (c.r.left < n.right && n.left < c.r.right && c.r.top < n.bottom && n.top < c.r.bottom) found.push(`${c.what}: ${node.getAttribute('data-id')}`);
    }
    return found;
  }, selector);
}

/** The share of the window's width and height the fitted board's boxes span. */
export function boardFill(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(() => {
    const rects = [...document.querySelectorAll('.react-flow__node')].map((n) => n.getBoundingClientRect());
    const left = Math.min(...rects.map((r) => r.left));
    const right = Math.max(...rects.map((r) => r.right));
    const top = Math.min(...rects.map((r) => r.top));
    const bottom = Math.max(...rects.map((r) => r.bottom));
    return { width: (right - left) / innerWidth, height: (bottom - top) / innerHeight };
  });
}

/**
 * The revealed hints: each hint on the page shown whole inside the panel, the list needing
 * no scrolling, and the page it is on.
 */
export function revealProblems(page: Page): Promise<{ problems: string[]; page: number; pages: number; first: string }> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const panel = document.querySelector<HTMLElement>('[data-testid="hint-reveal"]')!;
    const list = panel.querySelector<HTMLElement>('.oc-reveal__list');
    const p = panel.getBoundingClientRect();
    if (p.bottom > innerHeight + 0.5 || p.right > innerWidth + 0.5 || p.top < -0.5) problems.push('panel off screen');
    if (panel.scrollHeight > panel.clientHeight + 1) problems.push('panel scrolls');
    const items = list ? [...list.querySelectorAll('li')] : [];
    if (list) {
      if (list.scrollHeight > list.clientHeight + 1) problems.push(`list scrolls: ${list.scrollHeight} in ${list.clientHeight}`);
      const l = list.getBoundingClientRect();
      for (const li of items) {
        const r = li.getBoundingClientRect();
        if (r.top < l.top - 0.5 || r.bottom > l.bottom + 0.5) problems.push(`hint cut: ${li.textContent?.slice(0, 40)}`);
        const px = parseFloat(getComputedStyle(li).fontSize);
        if (px < 20) problems.push(`hint at ${px} px`);
      }
    }
    const foot = panel.querySelector<HTMLElement>('[data-testid="hint-page"]')!;
    return { problems, page: Number(foot.dataset.page), pages: Number(foot.dataset.pages), first: items[0]?.textContent ?? '' };
  });
}
