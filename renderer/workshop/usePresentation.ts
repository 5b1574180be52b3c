/**
 * What entering and leaving presentation mode does to the page: the `oc-presenting` class on
 * <html> (presentation.css hides the editing chrome and switches to the large, high-contrast
 * theme), full screen, zoom to fit, and framing each tour step. The canvas itself is not
 * touched: highlighting works through React Flow's `data-id` attributes.
 */
import { useReactFlow, useStore, useStoreApi, type Viewport } from '@xyflow/react';
import type { Rect } from '../../shared/geometry/geometry';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/store';
import { hyphenateLabels } from './hyphenation';
import { planTour, type TourStep } from './tour';
import { useWorkshop } from './workshopStore';

/** Screen pixels kept free around a frame, and below it for the tour caption. */
const MARGIN = 24;
const CAPTION_ROOM = 96;
/** A lone small department is not blown up to fill a wall. */
const MAX_STEP_ZOOM = 1.6;
const DURATION = 350;

/** The viewport that shows `frame` whole, centred above the caption strip. */
export function viewportFor(frame: Rect, width: number, height: number, maxZoom: number): Viewport {
  const usableWidth = Math.max(1, width - 2 * MARGIN);
  const usableHeight = Math.max(1, height - MARGIN - CAPTION_ROOM);
  const zoom = Math.min(maxZoom, usableWidth / Math.max(1, frame.width), usableHeight / Math.max(1, frame.height));
  return {
    zoom,
    x: MARGIN + (usableWidth - frame.width * zoom) / 2 - frame.x * zoom,
    y: MARGIN + (usableHeight - frame.height * zoom) / 2 - frame.y * zoom,
  };
}

/** The tour of the board, planned only while presenting (editing never pays for it). */
export function useTour(): TourStep[] {
  const presenting = useWorkshop((s) => s.presenting);
  const board = useAppStore((s) => (presenting ? s.board : null));
  return useMemo(() => (board ? planTour(board) : []), [board]);
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

  // Labels scale against the zoom (workshop.css), so the back row can read them fitted.
  useEffect(() => {
    if (zoom !== null) document.documentElement.style.setProperty('--oc-zoom', String(zoom));
  }, [zoom]);

  useEffect(() => {
    const root = document.documentElement;
    if (!presenting) return;
    root.classList.add('oc-presenting');
    // Full screen needs a user gesture (the F5 press is one); a refusal just leaves a window.
    if (!document.fullscreenElement) root.requestFullscreen?.().catch(() => undefined);
    const onFullscreenChange = () => {
      // The browser's own Esc leaves full screen without a key event reaching the page.
      if (!document.fullscreenElement && useWorkshop.getState().presenting) useWorkshop.getState().setPresenting(false);
    };
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      root.classList.remove('oc-presenting');
      root.style.removeProperty('--oc-zoom');
      if (document.fullscreenElement) document.exitFullscreen?.().catch(() => undefined);
    };
  }, [presenting]);

  // Frame the current step when the step changes, and again when the window changes size
  // (full screen, projector). Not when a node moves: a live edit must not move the camera.
  const current = tour[Math.min(step, tour.length - 1)];
  const latest = useRef(current);
  useEffect(() => {
    latest.current = current;
  });
  const stepKey = current ? `${current.kind}:${current.id ?? ''}` : '';
  useEffect(() => {
    if (!presenting) return;
    const frame = () => {
      const { width, height } = store.getState();
      const current = latest.current;
      if (!current || !width || !height) return;
      const maxZoom = current.kind === 'overview' ? 1 : MAX_STEP_ZOOM;
      void flow.setViewport(viewportFor(current.frame, width, height, maxZoom), { duration: DURATION });
    };
    // Wait a frame: hiding the chrome resizes the canvas, and fitting must see the new size.
    const id = requestAnimationFrame(() => requestAnimationFrame(frame));
    window.addEventListener('resize', frame);
    return () => {
      cancelAnimationFrame(id);
      window.removeEventListener('resize', frame);
    };
  }, [presenting, stepKey, flow, store]);
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
