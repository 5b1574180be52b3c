/**
 * THE IPC contract between the renderer and the Electron main process.
 *
 * One entry per channel. The key is the member name on `window.orgcanvas` and (with the
 * `orgcanvas:` prefix) the wire channel. Main validates every payload against `payload`
 * and every answer against `result` (main/electron/ipc.ts); the preload builds one invoker
 * or subscriber per entry (main/preload/api.ts); the renderer gets the types
 * (renderer/platform/).
 *
 * Rules for new entries:
 * - Payloads are small, strict objects (`.strict()`: unknown keys are refused) with bounded
 *   strings. A request never carries a file system path: files are named by opaque ids that
 *   main handed out (from its own dialogs, the command line or the user-data folder).
 * - Add the handler in main: a request without one is a type error. main/electron/app.ts
 *   answers `AppHandlers` (handlers.ts) and takes every other request's handler from
 *   main.ts, typed `ExtraHandlers` (the rest of `HandlersOf<OrgcanvasContract>`); a group's
 *   handlers (main/files/handlers.ts) are typed `Pick<HandlersOf<…>, keyof group>`.
 *   tests/main/electron/handlers.types.test.ts proves it; app.ts still refuses to start
 *   if one is missing at run time.
 */
import { z } from 'zod';
import { event, invoke } from './define';
import { fileChannels } from './fileChannels';

/** An opaque id main hands out for a file; the renderer never sees or sends a path. */
export const FileRequestId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

/** A `.orgcanvas` file the user asked to open from outside the app (argument, double-click). */
export const OpenRequest = z
  .object({
    requestId: FileRequestId,
    /** The file name only (no folders), for display. */
    name: z.string().min(1).max(255),
  })
  .strict();
export type OpenRequest = z.infer<typeof OpenRequest>;

export const AppInfo = z
  .object({
    version: z.string().max(64),
    platform: z.enum(['linux', 'win32', 'darwin', 'other']),
    /** The language forced with `--lang=`, or null to follow the user's choice/locale. */
    forcedLanguage: z.enum(['en', 'nl']).nullable(),
  })
  .strict();
export type AppInfo = z.infer<typeof AppInfo>;

export const contract = {
  /** Facts about the running desktop app. */
  getAppInfo: invoke({ payload: z.undefined(), result: AppInfo }),
  /**
   * Files handed to the app before the page could listen (first start with a file
   * argument) or since the last call. Each request is returned once.
   */
  takeOpenRequests: invoke({ payload: z.undefined(), result: z.array(OpenRequest).max(64) }),
  /** A file was handed to the already running app (second instance, macOS open-file). */
  onOpenRequest: event({ payload: OpenRequest }),
  /** The page's language, at start and after every switch, so the application menu speaks it too. */
  setMenuLanguage: invoke({ payload: z.object({ language: z.enum(['en', 'nl']) }).strict(), result: z.undefined() }),
  /** The user chose a command in the application menu; the renderer runs it by id (shared/commands). */
  onMenuCommand: event({ payload: z.object({ id: z.string().regex(/^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$/).max(64) }).strict() }),
  /** Open/Save/Save As, recent files and the board mirror (main/files/). */
  ...fileChannels,
} as const;

export type OrgcanvasContract = typeof contract;
