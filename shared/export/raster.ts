/**
 * How big a PNG may be. Browsers refuse canvases over 16,384 px a side or 268 Mpx in
 * total and hand back a blank image without an error (draw.io #3226, Excalidraw #1800), so
 * a bigger request is drawn at the largest scale that fits, and the caller shows
 * `message`. The command line keeps the same limits so both builds give the same file.
 */
export const MAX_SIDE = 16_384;
export const MAX_AREA = 268_435_456;

export interface RasterPlan {
  requestedScale: number;
  scale: number;
  width: number;
  height: number;
  /** True when the scale had to be lowered: show the user `clampMessage`. */
  clamped: boolean;
}

export function planRaster(width: number, height: number, requestedScale: number): RasterPlan {
  if (!(requestedScale > 0) || !Number.isFinite(requestedScale)) throw new RangeError(`scale must be a positive number, got ${requestedScale}`);
  const fits = (s: number) => Math.ceil(width * s) <= MAX_SIDE && Math.ceil(height * s) <= MAX_SIDE && Math.ceil(width * s) * Math.ceil(height * s) <= MAX_AREA;
  let scale = requestedScale;
  if (!fits(scale)) {
    scale = Math.min(MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
    // Round down to a readable step, then make sure rounding the pixel size up still fits.
    scale = Math.floor(scale * 1000) / 1000;
    while (scale > 0.001 && !fits(scale)) scale -= 0.001;
  }
  return { requestedScale, scale, width: Math.ceil(width * scale), height: Math.ceil(height * scale), clamped: scale !== requestedScale };
}
