/** What the page and the routing worker (routeWorker.ts) say to each other. */
import type { Route, RouteInput } from '../../../shared/routing/router';

export interface RouteRequest {
  requestId: number;
  /** `live`: the canvas's router, kept between requests; `once`: a board of its own (an export). */
  kind: 'live' | 'once';
  input: RouteInput;
}

export type RouteReply =
  | { requestId: number; ok: true; routes: [string, Route][]; ms: number }
  | { requestId: number; ok: false; detail: string };
