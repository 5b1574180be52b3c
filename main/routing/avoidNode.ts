/**
 * libavoid, the line router (shared/routing), loaded in Node: for the command line's
 * exports and the tests. Its WASM file is read from next to the package's Node entry (the
 * page loads the same file as a Vite asset: renderer/canvas/routing/routeWorker.ts).
 */
import { fileURLToPath } from 'node:url';
import { AvoidLib } from 'libavoid-js';
import type { Avoid } from '../../shared/routing/avoid';
import { routeBoard, type RoutedBoard } from '../../shared/routing/boardRoutes';
import type { Routes } from '../../shared/routing/router';

let loading: Promise<Avoid> | undefined;

export function loadAvoid(): Promise<Avoid> {
  loading ??= AvoidLib.load(fileURLToPath(new URL('libavoid.wasm', import.meta.resolve('libavoid-js')))).then(() => AvoidLib.getInstance());
  return loading;
}

/** Every edge's route on `board`, for an export. */
export async function routeBoardInNode(board: RoutedBoard): Promise<Routes> {
  return routeBoard(await loadAvoid(), board);
}
