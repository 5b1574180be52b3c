/** Exports built from the board model: SVG text, a raster plan for PNG, vector PDFs. */
import type { TFunction } from 'i18next';
import type { Board } from '../model/board';
import { buildScene } from './buildScene';
import type { DiagramOptions } from './options';
import { sceneToSvg } from './svg';

export { buildScene } from './buildScene';
export { sceneToSvg } from './svg';
export { planRaster, MAX_AREA, MAX_SIDE, type RasterPlan } from './raster';
export * from './options';
export * from './formats';
export type { Scene, SceneItem, Shape } from './scene';

/** The board (or the selection) as a standalone SVG document. */
export function exportSvg(board: Board, options: DiagramOptions, t: TFunction): string {
  const title = board.profile.name || undefined;
  return sceneToSvg(buildScene(board, options, t), { title });
}
