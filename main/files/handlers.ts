/**
 * The IPC handlers of the file channels (shared/ipc/fileChannels.ts). main/electron spreads
 * them into its handler table; payloads arrive already checked against the contract, and
 * boards are re-validated by the service itself before anything is written.
 */
import type { HandlersOf } from '../../shared/ipc/define';
import type { OrgcanvasContract } from '../../shared/ipc/contract';
import type { fileChannels } from '../../shared/ipc/fileChannels';
import type { FileService } from './fileService';
import type { Mirror } from './mirror';

export type FileHandlers = Pick<HandlersOf<OrgcanvasContract>, keyof typeof fileChannels>;

/** `claimOpenRequest` turns a request id main handed out into its path, once (main/electron/openRequests.ts). */
export function fileHandlers(files: FileService, mirror: Mirror, claimOpenRequest: (requestId: string) => string | undefined): FileHandlers {
  return {
    fileOpen: () => files.open(),
    fileOpenRecent: ({ recentId }) => files.openRecent(recentId),
    fileOpenRequest: ({ requestId }) => files.openPath(claimOpenRequest(requestId)),
    fileSave: ({ handle, board, overwrite }) => files.save(handle, board, { overwrite }),
    fileSaveAs: ({ board, suggestedName }) => files.saveAs(board, suggestedName),
    fileRecent: () => files.recent(),
    fileRelease: ({ handle }) => {
      files.release(handle);
      return undefined;
    },
    mirrorWrite: ({ header, board }) => mirror.write(header, board),
    mirrorRead: ({ id }) => mirror.read(id),
    mirrorList: () => mirror.list(),
    mirrorRemove: ({ id }) => mirror.remove(id),
  };
}
