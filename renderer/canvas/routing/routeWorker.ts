/**
 * The routing worker: libavoid runs here, off the page's thread. Routing the demo takes
 * 50–200 ms of script and a 1,000-node board seconds (tests/bench `routing`), so in the page
 * it would stall the drop of a drag and every edit; here the page keeps drawing and gets the
 * routes when they are ready.
 *
 * `live` requests go to one router kept for the canvas, which reroutes only what a change
 * touches (shared/routing/router.ts); `once` requests (exports) get a router of their own.
 */
import { AvoidLib } from 'libavoid-js';
import wasmUrl from '../../../node_modules/libavoid-js/dist/libavoid.wasm?url';
import { createEdgeRouter, routeOnce, type EdgeRouter, type Route } from '../../../shared/routing/router';
import type { RouteReply, RouteRequest } from './routeMessages';

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<RouteRequest>) => void) | null;
  postMessage(reply: RouteReply): void;
};

const ready = AvoidLib.load(wasmUrl).then(() => AvoidLib.getInstance());
let live: EdgeRouter | undefined;

scope.onmessage = ({ data: request }) => {
  ready
    .then((avoid) => {
      const started = performance.now();
      let routes: ReadonlyMap<string, Route>;
      if (request.kind === 'live') routes = (live ??= createEdgeRouter(avoid)).update(request.input);
      else routes = routeOnce(avoid, request.input);
      scope.postMessage({ requestId: request.requestId, ok: true, routes: [...routes], ms: performance.now() - started });
    })
    .catch((error: unknown) => {
      // A router that threw may hold half a transaction: start the next one afresh.
      live = undefined;
      scope.postMessage({ requestId: request.requestId, ok: false, detail: error instanceof Error ? error.message : String(error) });
    });
};
