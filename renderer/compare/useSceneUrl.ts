/**
 * A board drawn as the export draws it (shared/export's buildScene + sceneToSvg), as an
 * `<img>` URL: read-only and far cheaper than a second canvas. An `<img>` because the app's
 * CSP forbids the inline `<style>` an inline SVG would carry. The lines are drawn straight
 * until the router has routed them (`useBoardRoutes`, as the export dialog), then as on the canvas.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { buildScene, type NodeHighlight } from '../../shared/export';
import { sceneToSvg } from '../../shared/export/svg';
import type { Board } from '../../shared/model/board';
import { useBoardRoutes } from '../canvas/routing/useBoardRoutes';
import { svgDataUrl } from '../export/browserOutput';

export function useSceneUrl(board: Board, title: string, highlights?: ReadonlyMap<string, NodeHighlight>): string {
  const { t } = useTranslation();
  const routes = useBoardRoutes(board);
  return useMemo(() => {
    const scene = buildScene(board, { background: 'white', titleBlock: false, legend: false, routes, highlights }, t);
    return svgDataUrl(sceneToSvg(scene, { title }));
  }, [board, routes, highlights, t, title]);
}
