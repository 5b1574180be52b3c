/**
 * A board's lines as the canvas routes them, for a window that draws the board itself (the
 * export preview, the compare view): undefined until the routing worker has answered for
 * this very board, so a drawing never pairs one board with another's routes.
 */
import { useEffect, useState } from 'react';
import type { Board } from '../../../shared/model/board';
import type { Routes } from '../../../shared/routing/router';
import { routesFor } from './routes';

export function useBoardRoutes(board: Board): Routes | undefined {
  const [routed, setRouted] = useState<{ board: Board; routes: Routes } | null>(null);
  useEffect(() => {
    let live = true;
    void routesFor(board).then((routes) => live && setRouted({ board, routes }));
    return () => {
      live = false;
    };
  }, [board]);
  return routed?.board === board ? routed.routes : undefined;
}
