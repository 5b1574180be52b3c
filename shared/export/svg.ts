/**
 * Scene → SVG text. Clean vector for slides and documentation: real `<text>` in a standard
 * font stack, no `<foreignObject>`, no script, no event attributes, every string escaped.
 */
import { EXPORT_FONT_FAMILY } from './metrics';
import { escapeXml } from './escape';
import type { Scene, Shape } from './scene';

/** A tenth of a pixel is invisible even in a 4× PNG, and keeps a big board's file small. */
const n = (value: number) => String(Math.round(value * 10) / 10);

function strokeAttrs(shape: { stroke?: string; strokeWidth?: number; dash?: string }): string {
  if (!shape.stroke) return '';
  let attrs = ` stroke="${escapeXml(shape.stroke)}" stroke-width="${n(shape.strokeWidth ?? 1)}"`;
  if (shape.dash) attrs += ` stroke-dasharray="${escapeXml(shape.dash)}"`;
  return attrs;
}

const points = (list: { x: number; y: number }[]) => list.map((p) => `${n(p.x)},${n(p.y)}`).join(' ');

function shapeSvg(shape: Shape): string {
  switch (shape.type) {
    case 'rect':
      return `<rect x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.width)}" height="${n(shape.height)}"${shape.radius ? ` rx="${n(shape.radius)}"` : ''} fill="${shape.fill ? escapeXml(shape.fill) : 'none'}"${strokeAttrs(shape)}/>`;
    case 'line':
      return `<polyline points="${points(shape.points)}" fill="none"${strokeAttrs(shape)} stroke-linecap="butt"/>`;
    case 'polygon':
      return `<polygon points="${points(shape.points)}" fill="${escapeXml(shape.fill)}"/>`;
    case 'circle':
      return `<circle cx="${n(shape.cx)}" cy="${n(shape.cy)}" r="${n(shape.r)}" fill="${escapeXml(shape.fill)}"${strokeAttrs(shape)}/>`;
    case 'text': {
      const anchor = shape.anchor && shape.anchor !== 'start' ? ` text-anchor="${shape.anchor}"` : '';
      const weight = shape.bold ? ' font-weight="700"' : '';
      return `<text x="${n(shape.x)}" y="${n(shape.y)}" font-size="${n(shape.size)}"${weight}${anchor} fill="${escapeXml(shape.fill)}">${escapeXml(shape.text)}</text>`;
    }
  }
}

/**
 * `pixelWidth`/`pixelHeight` set the drawn size (the viewBox stays the scene): a browser
 * rasterises an `<img>` SVG at its own width, so a 4× PNG needs a 4× SVG, not a stretched 1×.
 */
export function sceneToSvg(scene: Scene, options: { title?: string; pixelWidth?: number; pixelHeight?: number } = {}): string {
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${options.pixelWidth ?? scene.width}" height="${options.pixelHeight ?? scene.height}" viewBox="0 0 ${scene.width} ${scene.height}" font-family="${escapeXml(EXPORT_FONT_FAMILY)}">`,
  ];
  if (options.title) parts.push(`<title>${escapeXml(options.title)}</title>`);
  if (scene.background) parts.push(`<rect width="100%" height="100%" fill="${escapeXml(scene.background)}"/>`);
  for (const item of scene.items) {
    const id = item.id !== undefined ? ` data-id="${escapeXml(item.id)}"` : '';
    const kind = item.kind ? ` data-kind="${escapeXml(item.kind)}"` : '';
    parts.push(`<g class="${item.role}"${id}${kind}>${item.shapes.map(shapeSvg).join('')}</g>`);
  }
  parts.push('</svg>');
  return parts.join('\n');
}
