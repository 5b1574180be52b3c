/**
 * What entering and leaving presentation mode does to the page: the `oc-presenting` class on
 * <html> (presentation.css hides the editing chrome and switches to the large, high-contrast
 * theme), full screen, zoom to fit, and framing each tour step. The canvas itself is not
 * touched: highlighting works through React Flow's `data-id` attributes.
 */
import { useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canvasApi } from '../commands/canvasApi';
import { coveredEdges, viewportInside } from '../canvas/fitBoard';
import type { BoardNode } from '../../shared/model/board';
import { useAppStore } from '../store/store';
import { hyphenateLabels, useHyphenate } from './hyphenation';
import { PRESENT_FONT_FAMILY, PRESENT_LINE_HEIGHT } from './labelMeasure';
import { OBJECTIVE_RADIUS, OVERVIEW_MAX_ZOOM, PRESENT_MARGIN, presentNodes, usePresented } from './presentedBoard';
import { planTour, type TourStep } from './tour';
import { useWorkshop } from './workshopStore';

/** A lone small department is not blown up to fill a wall. */
const MAX_STEP_ZOOM = 1.6;
const DURATION = 350;

/** The tour of the board as presented, planned only while presenting (editing never pays for it). */
export function useTour(): TourStep[] {
  const presenting = useWorkshop((s) => s.presenting);
  const board = useAppStore((s) => (presenting ? s.board : null));
  const presented = usePresented((s) => s.presented?.nodes);
  return useMemo(() => (board ? planTour(presented ? { ...board, nodes: [...presented] } : board) : []), [board, presented]);
}

/** The canvas's size and what covers it, or null before it is laid out. */
function presentArea() {
  const canvas = canvasApi()?.element();
  const box = canvas?.getBoundingClientRect();
  if (!canvas || !box || !box.width || !box.height) return null;
  return { width: box.width, height: box.height, screenHeight: window.innerHeight, covered: coveredEdges(canvas) };
}

/** The board's nodes as presented (presentedBoard.ts), laid out again when what they depend on changes. */
function usePresentedLayout(presenting: boolean): void {
  const nodes = useAppStore((s) => (presenting ? s.board.nodes : null));
  const hintsOpen = useWorkshop((s) => s.hintsOpen);
  const hyphenate = useHyphenate();
  const [resized, setResized] = useState(0);
  useEffect(() => {
    if (!presenting) return;
    const onResize = () => setResized((n) => n + 1);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [presenting]);
  // The board last laid out, and how many times it was laid out other than after an edit.
  const laid = useRef<readonly BoardNode[] | null>(null);
  const frames = useRef(0);
  useEffect(() => {
    if (!nodes) {
      laid.current = null;
      return;
    }
    const lay = () => {
      const area = presentArea();
      if (!area) return;
      const presented = presentNodes(nodes, area, hyphenate ?? ((text) => text));
      const root = document.documentElement.style;
      root.setProperty('--oc-label-px', `${presented.labelPx}px`);
      root.setProperty('--oc-present-border', `${presented.borderPx}px`);
      root.setProperty('--oc-raci-px', `${presented.raciPx}px`);
      root.setProperty('--oc-objective-radius', `${OBJECTIVE_RADIUS * presented.labelPx}px`);
      root.setProperty('--oc-present-font', PRESENT_FONT_FAMILY);
      root.setProperty('--oc-present-line', String(PRESENT_LINE_HEIGHT));
      // For the tests' messages: what the layout reached (lines per label, label px on screen).
      document.documentElement.dataset.presentFit = `${presented.lines} lines, ${(presented.labelPx * presented.zoom).toFixed(1)} px`;
      const edit = laid.current !== null && laid.current !== nodes;
      laid.current = nodes;
      if (!edit) frames.current += 1;
      usePresented.setState({ presented: { ...presented, frameKey: frames.current } });
    };
    // Wait for the frame that hides the editing chrome and shows the hints: the fit must see
    // the canvas as it will be. Both frames are cancelled when presenting ends meanwhile.
    let id = requestAnimationFrame(() => {
      id = requestAnimationFrame(lay);
    });
    return () => cancelAnimationFrame(id);
  }, [nodes, hintsOpen, hyphenate, resized]);
  useEffect(() => {
    if (presenting) return;
    usePresented.setState({ presented: null });
    for (const name of ['--oc-label-px', '--oc-present-border', '--oc-raci-px', '--oc-objective-radius', '--oc-present-font', '--oc-present-line']) document.documentElement.style.removeProperty(name);
  }, [presenting]);
}

export function usePresentation(tour: TourStep[]): void {
  const presenting = useWorkshop((s) => s.presenting);
  const step = useWorkshop((s) => s.step);
  const flow = useReactFlow();
  // Only while presenting: a custom property on <html> invalidates the style of every
  // element, so writing it on each wheel step made editing zooms restyle the whole board
  // (≈ 70 ms a step on 1,000 nodes). The rules that read it all sit under .oc-presenting.
  const zoom = useStore((s) => (presenting ? s.transform[2] : null));
  const store = useStoreApi();

  // Large labels break long words where their language allows (hyphenation.ts). The board's
  // words as presenting starts: a light edit does not change the language of a board.
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  useEffect(() => {
    const labels = useAppStore.getState().board.nodes.map((node) => node.label);
    void hyphenateLabels(presenting ? { labels, fallback: language } : null);
  }, [presenting, language]);

  usePresentedLayout(presenting);

  // Lines scale against the zoom (workshop.css), so the back row sees them fitted.
  useEffect(() => {
    if (zoom !== null) document.documentElement.style.setProperty('--oc-zoom', String(zoom));
  }, [zoom]);

  useEffect(() => {
    const root = document.documentElement;
    if (!presenting) return;
    root.classList.add('oc-presenting');
    // Nothing shows as selected to the room: no selection ring, no handles (the editor's
    // selection is view state, not part of the board or its undo history).
    useAppStore.getState().select([], []);
    // Full screen needs a user gesture (the F5 press is one); a refusal just leaves a window.
    if (!document.fullscreenElement) root.requestFullscreen?.().catch(() => undefined);
    // Only an exit from a full screen this presentation entered leaves it: the exit of the
    // last presentation can still be under way when F5 starts the next (a quick Esc, F5),
    // and its event, arriving now, left the new presentation at once.
    let entered = Boolean(document.fullscreenElement);
    const onFullscreenChange = () => {
      if (document.fullscreenElement) {
        entered = true;
        return;
      }
      // The browser's own Esc leaves full screen without a key event reaching the page.
      if (entered && useWorkshop.getState().presenting) useWorkshop.getState().setPresenting(false);
    };
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      root.classList.remove('oc-presenting');
      root.style.removeProperty('--oc-zoom');
      if (document.fullscreenElement) document.exitFullscreen?.().catch(() => undefined);
    };
  }, [presenting]);

  // Frame the current step when the step changes, and again when the presented board takes
  // other room (the window's size, the hints opened beside it). Not for every edit: a live
  // edit that leaves the board's extent as it was does not move the camera.
  const current = tour[Math.min(step, tour.length - 1)];
  const latest = useRef(current);
  useEffect(() => {
    latest.current = current;
  });
  const stepKey = current ? `${current.kind}:${current.id ?? ''}` : '';
  // A live edit lays the board out again, and the camera stays where the facilitator's hand
  // is (the fit may change a little); any other new layout is framed again.
  const layoutKey = usePresented((s) => s.presented?.frameKey ?? 0);
  const hintsOpen = useWorkshop((s) => s.hintsOpen);
  useEffect(() => {
    if (!presenting || !layoutKey) return;
    const frame = () => {
      const area = presentArea();
      const current = latest.current;
      if (!current || !area || !store.getState().width) return;
      const maxZoom = current.kind === 'overview' ? OVERVIEW_MAX_ZOOM : MAX_STEP_ZOOM;
      void flow.setViewport(viewportInside(current.frame, area.width, area.height, area.covered, PRESENT_MARGIN, maxZoom), { duration: DURATION });
    };
    const id = requestAnimationFrame(frame);
    return () => cancelAnimationFrame(id);
  }, [presenting, stepKey, layoutKey, hintsOpen, flow, store]);
}

/**
 * Lift the current step's nodes and dim the rest. The rules go into a constructed style
 * sheet: the app's CSP (style-src 'self') refuses inline <style> elements, not the CSSOM.
 */
export function useHighlight(step: TourStep | undefined, presenting: boolean): void {
  const css = presenting ? highlightCss(step) : '';
  useEffect(() => {
    if (!css) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    document.documentElement.dataset.tourStep = step?.id ?? step?.kind ?? '';
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      delete document.documentElement.dataset.tourStep;
    };
  }, [css, step]);
}

/** CSS that lifts the step's nodes and dims the rest; empty when nothing is highlighted. */
export function highlightCss(step: TourStep | undefined): string {
  if (!step || step.nodeIds.length === 0) return '';
  const selector = step.nodeIds
    .map((id) => `html.oc-presenting .react-flow__node[data-id="${CSS.escape(id)}"]`)
    .join(',\n');
  return `html.oc-presenting .react-flow__node { opacity: 0.28; }
html.oc-presenting .oc-edge { opacity: 0.35; }
${selector} { opacity: 1; }
${selector} > * { outline: 6px solid #ffb000; outline-offset: 4px; }`;
}
