/**
 * Geometry of the words inside nodes, measured in the page (issue 21, point 6): the text each
 * text element draws (its line boxes, clipped by every box that clips it), whether two
 * elements of one node draw over each other, and whether an element that is cut shows it
 * (an ellipsis, or a line clamp that decides the cut) with its full text in the tooltip and
 * in the node's accessible name.
 */
import type { Page } from '@playwright/test';

/** Every element of a node that holds words (the hint badge is the hints panel's, not the node's). */
export const TEXT_SELECTOR = [
  '.oc-node__caption',
  '.oc-node__label',
  '.oc-node__person',
  '.oc-chip',
  '.oc-node__kpi',
  '.oc-department__label',
  '.oc-department__type',
  '.oc-note__caption',
  '.oc-note__text',
].join(', ');

export interface TextProblem {
  node: string;
  kind: 'overlap' | 'clippedByNode' | 'cutWithoutEllipsis' | 'noTooltip' | 'notInName';
  detail: string;
}

export interface NodeTextReport {
  /** Text elements measured, and of those the ones cut. */
  elements: number;
  cut: number;
  problems: TextProblem[];
}

/** Measures every node on the board in view; runs in the page. `childrenOf`: a department's roles. */
export function measureNodeTexts(page: Page, childrenOf: Record<string, string[]>, selector = TEXT_SELECTOR): Promise<NodeTextReport> {
  return page.evaluate(({ selector, childrenOf }) => {
    type Box = { left: number; top: number; right: number; bottom: number };
    const intersect = (a: Box, b: Box): Box => ({
      left: Math.max(a.left, b.left),
      top: Math.max(a.top, b.top),
      right: Math.min(a.right, b.right),
      bottom: Math.min(a.bottom, b.bottom),
    });
    const empty = (b: Box) => b.right - b.left < 0.5 || b.bottom - b.top < 0.5;
    const zoom = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a;
    // A pixel of overlap at zoom 1 is a rounding; anything larger is drawn text over text.
    const slack = Math.max(0.5, zoom);

    const area = (boxes: Box[]) => boxes.reduce((sum, b) => sum + (b.right - b.left) * (b.bottom - b.top), 0);

    /**
     * The boxes the element's words are drawn in: its line boxes, clipped by each clipping box
     * up to the node (`shown`), and clipped by its own box only (`own`: what it would show by
     * itself). Where the two differ, a box around the element (the node's frame) cuts words
     * off, with no ellipsis to say so.
     */
    function inkOf(element: Element, wrapper: Element): { shown: Box[]; own: Box[] } {
      const infinite: Box = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
      let own = infinite;
      let clip = infinite;
      for (let e: Element | null = element; e && e !== wrapper.parentElement; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        clip = intersect(clip, e.getBoundingClientRect());
        if (e === element) own = clip;
      }
      const range = document.createRange();
      range.selectNodeContents(element);
      const lines = [...range.getClientRects()];
      return {
        shown: lines.map((r) => intersect(r, clip)).filter((b) => !empty(b)),
        own: lines.map((r) => intersect(r, own)).filter((b) => !empty(b)),
      };
    }

    const report: NodeTextReport = { elements: 0, cut: 0, problems: [] };
    for (const wrapper of document.querySelectorAll('.react-flow__node')) {
      const node = wrapper.getAttribute('data-id') ?? '?';
      const elements = [...wrapper.querySelectorAll(selector)].filter((e) => (e.textContent ?? '').trim() && getComputedStyle(e).visibility !== 'hidden');
      const measured = elements.map((e) => inkOf(e, wrapper));
      const inks = measured.map((m) => m.shown);
      measured.forEach((m, i) => {
        const lost = area(m.own) - area(m.shown);
        if (lost > slack * slack * 4) report.problems.push({ node, kind: 'clippedByNode', detail: `${elements[i].className} "${elements[i].textContent}": ${lost.toFixed(0)} px² of its words outside the node` });
      });
      // A department's words must also stay clear of the roles drawn inside it (other nodes).
      for (const child of childrenOf[node] ?? []) {
        const box = document.querySelector(`.react-flow__node[data-id="${CSS.escape(child)}"]`)?.getBoundingClientRect();
        if (!box) continue;
        for (const [i, ink] of inks.entries()) {
          for (const a of ink) {
            const o = intersect(a, box);
            if (o.right - o.left > slack && o.bottom - o.top > slack) report.problems.push({ node, kind: 'overlap', detail: `${elements[i].className} × node ${child}` });
          }
        }
      }
      report.elements += elements.length;
      for (let i = 0; i < elements.length; i++) {
        for (let j = i + 1; j < elements.length; j++) {
          // A chip inside the KPI line and the like: nested elements share their words.
          if (elements[i].contains(elements[j]) || elements[j].contains(elements[i])) continue;
          for (const a of inks[i]) {
            for (const b of inks[j]) {
              const o = intersect(a, b);
              if (o.right - o.left > slack && o.bottom - o.top > slack) {
                report.problems.push({ node, kind: 'overlap', detail: `${elements[i].className} × ${elements[j].className}: ${(o.right - o.left).toFixed(1)}×${(o.bottom - o.top).toFixed(1)} px` });
              }
            }
          }
        }
      }
      const name = wrapper.getAttribute('aria-label') ?? '';
      elements.forEach((element) => {
        const e = element as HTMLElement;
        const cut = e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1;
        if (!cut) return;
        report.cut++;
        const style = getComputedStyle(e);
        const full = (e.textContent ?? '').replace(/\s+/g, ' ').trim();
        const clamp = Number.parseInt(style.getPropertyValue('-webkit-line-clamp'), 10);
        const lineHeight = Number.parseFloat(style.lineHeight);
        const padding = Number.parseFloat(style.paddingTop) + Number.parseFloat(style.paddingBottom);
        // The clamp, not a squeezed box, must decide where the words stop: a box shorter than
        // its clamped lines cuts a line through the middle, and the ellipsis is never seen.
        // (Chromium computes a line-clamped -webkit-box's display as flow-root: the clamp is what counts.)
        const clamped = clamp > 0 && style.overflowY === 'hidden' && Math.abs(e.clientHeight - padding - clamp * lineHeight) <= 2;
        const ellipsis = style.textOverflow === 'ellipsis' && style.whiteSpace === 'nowrap' && e.scrollHeight <= e.clientHeight + 1;
        if (!clamped && !ellipsis) report.problems.push({ node, kind: 'cutWithoutEllipsis', detail: `${e.className} "${full}" (${e.clientWidth}×${e.clientHeight} of ${e.scrollWidth}×${e.scrollHeight}, clamp ${clamp}, text-overflow ${style.textOverflow})` });
        const tooltip = (e.closest('[title]')?.getAttribute('title') ?? '').replace(/\s+/g, ' ').trim();
        if (tooltip !== full) report.problems.push({ node, kind: 'noTooltip', detail: `${e.className} "${full}", tooltip "${tooltip}"` });
        const isTitle = e.matches('.oc-node__label, .oc-department__label, .oc-note__text');
        if (isTitle && !name.replace(/\s+/g, ' ').includes(full)) report.problems.push({ node, kind: 'notInName', detail: `"${full}" not in "${name}"` });
      });
    }
    return report;
  }, { selector, childrenOf });
}
