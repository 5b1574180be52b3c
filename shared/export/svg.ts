/**
 * Scene → SVG text. Clean vector for slides and documentation: real `<text>` in a standard
 * font stack, no `<foreignObject>`, no script, no event attributes, every string escaped.
 */
import { EXPORT_FONT_FAMILY } from './metrics';
import { escapeXml } from './escape';
import type { Scene, Shape } from './scene';

/** A tenth of a pixel is invisible even in a 4× PNG, and keeps a big board's file small. */
const n = (value: number) => String(Math.round(value * 10) / 10);

/*
 * Paint and type go into shared classes in one <style> block instead of attributes on every
 * element: a 1,000-node board has ~10,000 shapes but only a few dozen distinct looks, and
 * the repeated attributes were most of its 1.05 MB (issue 9: an SVG of M ≤ 1 MB). Lengths
 * carry `px` because CSS (unlike presentation attributes) wants units for font-size.
 */
function strokeStyle(shape: { stroke?: string; strokeWidth?: number; dash?: string }): string {
  if (!shape.stroke) return '';
  let style = `stroke:${cssValue(shape.stroke)};stroke-width:${n(shape.strokeWidth ?? 1)}px;`;
  if (shape.dash) style += `stroke-dasharray:${cssValue(shape.dash)};`;
  return style;
}

/** Colours and dash lists come from the theme; anything that could end a rule is dropped. */
const cssValue = (value: string) => value.replace(/[;{}<>"'\\]/g, '');

function shapeStyle(shape: Shape): string {
  switch (shape.type) {
    case 'rect':
      return `fill:${shape.fill ? cssValue(shape.fill) : 'none'};${strokeStyle(shape)}`;
    case 'line':
      return `fill:none;${strokeStyle(shape)}`;
    case 'polygon':
      return `fill:${cssValue(shape.fill)};`;
    case 'circle':
      return `fill:${cssValue(shape.fill)};${strokeStyle(shape)}`;
    case 'text': {
      const anchor = shape.anchor && shape.anchor !== 'start' ? `text-anchor:${shape.anchor};` : '';
      return `font-size:${n(shape.size)}px;${shape.bold ? 'font-weight:700;' : ''}${anchor}fill:${cssValue(shape.fill)};`;
    }
  }
}

const points = (list: { x: number; y: number }[]) => list.map((p) => `${n(p.x)},${n(p.y)}`).join(' ');

function shapeSvg(shape: Shape, cls: string): string {
  const c = ` class="${cls}"`;
  switch (shape.type) {
    case 'rect':
      return `<rect${c} x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.width)}" height="${n(shape.height)}"${shape.radius ? ` rx="${n(shape.radius)}"` : ''}/>`;
    case 'line':
      return `<polyline${c} points="${points(shape.points)}"/>`;
    case 'polygon':
      return `<polygon${c} points="${points(shape.points)}"/>`;
    case 'circle':
      return `<circle${c} cx="${n(shape.cx)}" cy="${n(shape.cy)}" r="${n(shape.r)}"/>`;
    case 'text':
      return `<text${c} x="${n(shape.x)}" y="${n(shape.y)}">${escapeXml(shape.text)}</text>`;
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
  const classes = new Map<string, string>();
  const classOf = (shape: Shape) => {
    const style = shapeStyle(shape);
    let cls = classes.get(style);
    if (cls === undefined) {
      cls = `s${classes.size}`;
      classes.set(style, cls);
    }
    return cls;
  };
  const styleAt = parts.length;
  for (const item of scene.items) {
    const id = item.id !== undefined ? ` data-id="${escapeXml(item.id)}"` : '';
    const kind = item.kind ? ` data-kind="${escapeXml(item.kind)}"` : '';
    const opacity = item.opacity !== undefined ? ` opacity="${n(item.opacity)}"` : '';
    parts.push(`<g class="${item.role}"${id}${kind}${opacity}>${item.shapes.map((shape) => shapeSvg(shape, classOf(shape))).join('')}</g>`);
  }
  const rules = [...classes].map(([style, cls]) => `.${cls}{${style}}`).join('\n');
  parts.splice(styleAt, 0, `<style>\n${rules}\n</style>`);
  parts.push('</svg>');
  return parts.join('\n');
}
