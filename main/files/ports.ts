/**
 * What the file service needs from the outside world, passed in so that it runs (and is
 * tested) in plain Node without Electron: the file system, native dialogs, a clock and the
 * user-data folder. main/electron wires the real ones; tests pass a real temp folder and
 * fakes for dialogs, or wrap the file system to inject failures (ENOSPC, EROFS…).
 */
import type * as fsPromises from 'node:fs/promises';

/** The part of node:fs/promises the service uses; `fs.promises` itself satisfies it. */
export type FsPort = Pick<
  typeof fsPromises,
  'open' | 'readFile' | 'rename' | 'unlink' | 'stat' | 'readdir' | 'mkdir' | 'realpath' | 'readlink'
>;

export interface DialogPort {
  /** Ask for a board file to open; undefined when the user cancels. */
  chooseOpenPath(): Promise<string | undefined>;
  /** Ask where to save; `suggestedName` is a bare file name. Undefined on cancel. */
  chooseSavePath(suggestedName: string): Promise<string | undefined>;
}

export interface ClockPort {
  now(): number;
}

export interface FilePorts {
  fs: FsPort;
  dialog: DialogPort;
  clock: ClockPort;
  /** Electron's `app.getPath('userData')`; the mirror and the recent list live under it. */
  userData: string;
}
