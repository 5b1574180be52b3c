/** SVG → PNG for the command line, with resvg (a Rust rasteriser shipped inside its npm package). */
import { Resvg } from '@resvg/resvg-js';

/**
 * Exports ask for Helvetica; on Linux it is Liberation Sans (metric-compatible, package
 * fonts-liberation) that resvg finds, and the wrapped lines measured with Helvetica
 * widths fit. resvg reads fonts itself (no fontconfig aliases), hence the explicit family.
 */
export function renderPng(svg: string, scale: number): { png: Buffer; width: number; height: number } {
  const image = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' },
    shapeRendering: 2,
    textRendering: 1,
  }).render();
  return { png: image.asPng(), width: image.width, height: image.height };
}
