/**
 * A board drawn as the export draws it (shared/export's buildScene + sceneToSvg), as an
 * `<img>` URL: read-only and far cheaper than a second canvas. An `<img>` because the app's
 * CSP forbids the inline `<style>` an inline SVG would carry. The lines are drawn straight
 * until the router has routed them (the export dialog's routesFor), then as on the canvas.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildScene, type NodeHighlight } from '../../shared/export';
import { sceneToSvg } from '../../shared/export/svg';
import type { Board } from '../../shared/model/board';
import type { Routes } from '../../shared/routing/router';
import { routesFor } from '../canvas/routing/routes';
import { svgDataUrl } from '../export/browserOutput';

export function useSceneUrl(board: Board, title: string, highlights?: ReadonlyMap<string, NodeHighlight>): string {
  const { t } = useTranslation();
  const [routed, setRouted] = useState<{ board: Board; routes: Routes } | null>(null);
  useEffect(() => {
    let live = true;
    void routesFor(board).then((routes) => live && setRouted({ board, routes }));
    return () => {
      live = false;
    };
  }, [board]);
  const routes = routed?.board === board ? routed.routes : undefined;
  return useMemo(() => {
    const scene = buildScene(board, { background: 'white', titleBlock: false, legend: false, routes, highlights }, t);
    return svgDataUrl(sceneToSvg(scene, { title }));
  }, [board, routes, highlights, t, title]);
}
