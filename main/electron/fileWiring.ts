/**
 * Connects the file service (main/files, plain Node) to Electron: native dialogs parented
 * to the app window, the user-data folder, the real file system. Electron is passed in.
 */
import type { BrowserWindow, Dialog } from 'electron';
import type * as fsPromises from 'node:fs/promises';
import { createFileService } from '../files/fileService';
import { fileHandlers, type FileHandlers } from '../files/handlers';
import { createMirror } from '../files/mirror';
import type { DialogPort, FilePorts } from '../files/ports';
import { BOARD_FILE_EXTENSION } from './openRequests';

// The product name needs no translation; the OS words the rest of the dialog itself.
const FILTERS = [{ name: 'OrgCanvas', extensions: [BOARD_FILE_EXTENSION.slice(1)] }];

export function electronDialogPort(dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>, window: () => BrowserWindow | null): DialogPort {
  return {
    async chooseOpenPath() {
      const options = { filters: FILTERS, properties: ['openFile' as const] };
      const parent = window();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? undefined : result.filePaths[0];
    },
    async chooseSavePath(suggestedName) {
      const options = { defaultPath: suggestedName, filters: FILTERS, properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const] };
      const parent = window();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? undefined : result.filePath;
    },
  };
}

export function createFileHandlers(deps: {
  fs: FilePorts['fs'] & Pick<typeof fsPromises, 'open'>;
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  userData: string;
  window: () => BrowserWindow | null;
  claimOpenRequest: (requestId: string) => string | undefined;
}): FileHandlers {
  const ports: FilePorts = {
    fs: deps.fs,
    clock: { now: () => Date.now() },
    userData: deps.userData,
    dialog: electronDialogPort(deps.dialog, deps.window),
  };
  return fileHandlers(createFileService(ports), createMirror(ports), deps.claimOpenRequest);
}
