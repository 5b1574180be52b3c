/**
 * The drawing an export makes, as plain shapes. `buildScene` turns a board into shapes once;
 * the SVG writer and the PDF writer each draw the same shapes, so every format shows the
 * same picture and the layout code exists once.
 */
import type { Point } from '../model/board';

interface Stroke {
  stroke?: string;
  strokeWidth?: number;
  /** SVG dash array (`"10 6"`); empty or absent = solid. */
  dash?: string;
}

export type Shape =
  | ({ type: 'rect'; x: number; y: number; width: number; height: number; radius: number; fill?: string } & Stroke)
  | ({ type: 'line'; points: Point[] } & Stroke)
  | { type: 'polygon'; points: Point[]; fill: string }
  | ({ type: 'circle'; cx: number; cy: number; r: number; fill: string } & Stroke)
  | { type: 'text'; x: number; y: number; text: string; size: number; bold?: boolean; fill: string; anchor?: 'start' | 'middle' | 'end' };

/** Shapes that belong together (one node, one edge, the legend), for grouping in SVG. */
export interface SceneItem {
  role: 'node' | 'edge' | 'legend' | 'title' | 'hints' | 'notice' | 'mark';
  /** Node or edge id; an SVG `data-id` so tools can find a node in the export. */
  id?: string;
  kind?: string;
  /** 0–1; absent = opaque. The SVG writer honours it (the compare view's fading); the PDF writer draws opaque. */
  opacity?: number;
  shapes: Shape[];
}

export interface Scene {
  width: number;
  height: number;
  /** A CSS colour, or undefined for a transparent background. */
  background?: string;
  items: SceneItem[];
}
