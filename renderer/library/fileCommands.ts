/**
 * Open / Save / Save as for `.orgcanvas` files. In the desktop app main does the work
 * (its dialogs, its atomic write, its `.bak`); in a browser with the File System Access API
 * the same commands use the picker and the file handle; elsewhere, upload and download.
 * An opened file becomes a new board in the library, bound to its file; a file that fails
 * validation is refused with the parser's messages and nothing already stored changes.
 */
import type { i18n as I18n } from 'i18next';
import type { OpenRequest } from '../../shared/ipc/contract';
import type { Board } from '../../shared/model/board';
import { fileSizeProblem, MAX_FILE_BYTES } from '../../shared/model/limits';
import { parseBoard, parseBoardValue } from '../../shared/model/parse';
import { boardFileText } from '../../shared/model/save';
import { askConfirm } from '../chrome/AppDialogs';
import { desktopApi } from '../platform/platform';
import { useAppStore } from '../store/store';
import { addBoard } from './controller';
import { notify, useSession, type FileBinding } from './session';

const EXTENSION = '.orgcanvas';
const PICKER_TYPES = [{ description: 'OrgCanvas', accept: { 'application/json': [EXTENSION] } }];

interface FsAccessWindow {
  showOpenFilePicker?: (options: object) => Promise<FileSystemFileHandle[]>;
  showSaveFilePicker?: (options: object) => Promise<FileSystemFileHandle>;
}
const fsAccess = () => globalThis as unknown as FsAccessWindow;

function baseName(file: string): string {
  return file.toLowerCase().endsWith(EXTENSION) ? file.slice(0, -EXTENSION.length) : file;
}

function isAbort(error: unknown): boolean {
  return (error as { name?: string })?.name === 'AbortError';
}

/** Text of a file from outside: checked, then added to the library and opened. */
export async function importText(text: string, file: string, binding?: Omit<FileBinding, 'savedBoard' | 'name'>): Promise<boolean> {
  const parsed = parseBoard(text);
  if (!parsed.ok) {
    notify({ kind: 'refused', file, problems: parsed.problems });
    return false;
  }
  if (parsed.repairs.length) notify({ kind: 'repaired', file, problems: parsed.repairs });
  const id = await addBoard(parsed.value, baseName(file), binding ? { ...binding, name: file, savedBoard: parsed.value } : null);
  if (id) notify({ kind: 'opened', file });
  return Boolean(id);
}

/** A File from a drop or an upload; a huge one is refused from its size, unread. */
export async function importFile(file: File, binding?: Omit<FileBinding, 'savedBoard' | 'name'>): Promise<boolean> {
  if (file.size > MAX_FILE_BYTES) {
    notify({ kind: 'refused', file: file.name, problems: [fileSizeProblem(file.size)] });
    return false;
  }
  return importText(await file.text(), file.name, binding);
}

type DesktopOpenResult = Awaited<ReturnType<NonNullable<ReturnType<typeof desktopApi>>['fileOpen']>>;

/** What main read for us (Open dialog or a file the OS handed over): checked again, then added. */
async function takeDesktopFile(result: DesktopOpenResult): Promise<void> {
  if (!result.ok) {
    if (result.code !== 'cancelled') notifyFileError(result);
    return;
  }
  const parsed = parseBoardValue(result.board);
  if (!parsed.ok) {
    notify({ kind: 'refused', file: result.name, problems: parsed.problems });
    return;
  }
  if (result.repairs.length) notify({ kind: 'repaired', file: result.name, problems: result.repairs });
  const id = await addBoard(parsed.value, baseName(result.name), { name: result.name, handle: result.handle, savedBoard: parsed.value });
  if (id) notify({ kind: 'opened', file: result.name });
}

/** A `.orgcanvas` file double-clicked or given at start: main opens it by its request id. */
export async function openRequestedFile(request: OpenRequest): Promise<void> {
  const api = desktopApi();
  if (api) await takeDesktopFile(await api.fileOpenRequest({ requestId: request.requestId }));
}

export async function openFileCommand(): Promise<void> {
  const api = desktopApi();
  if (api) {
    await takeDesktopFile(await api.fileOpen());
    return;
  }
  const picker = fsAccess().showOpenFilePicker;
  if (picker) {
    try {
      const [handle] = await picker({ types: PICKER_TYPES, multiple: false });
      await importFile(await handle.getFile(), { fsHandle: handle });
    } catch (error) {
      if (!isAbort(error)) notify({ kind: 'fileError', code: 'io', file: '', detail: String(error), problems: [] });
    }
    return;
  }
  uploadFile();
}

/** The fallback without the File System Access API: the browser's file chooser. */
function uploadFile(): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = `${EXTENSION},application/json`;
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void importFile(file);
  });
  input.click();
}

function notifyFileError(failure: { code: string; file: string; detail: string; problems: import('../../shared/model/problems').Problem[] }): void {
  notify({ kind: 'fileError', code: failure.code, file: failure.file, detail: failure.detail, problems: failure.problems });
}

/**
 * The board's file text, or undefined after telling the user which limit keeps it from being
 * saved: nothing is written that the app would refuse to open (shared/model/save.ts).
 */
function fileText(board: Board, file: string): string | undefined {
  const checked = boardFileText(board);
  if (checked.ok) return checked.text;
  notify({ kind: 'fileError', code: 'notSaved', file, detail: '', problems: checked.problems });
  return undefined;
}

function bindSaved(binding: FileBinding, board: Board): void {
  useSession.setState({ file: { ...binding, savedBoard: board } });
  notify({ kind: 'saved', file: binding.name });
}

export async function saveFileCommand(i18n: I18n): Promise<void> {
  const binding = useSession.getState().file;
  const board = useAppStore.getState().board;
  if (!binding) return saveAsCommand();
  const api = desktopApi();
  if (api && binding.handle) {
    let result = await api.fileSave({ handle: binding.handle, board });
    if (!result.ok && (result.code === 'changedOnDisk' || result.code === 'missingOnDisk')) {
      // Never overwrite silently: the user decides, seeing which file it is.
      const overwrite = await askConfirm({
        title: i18n.t('storage.files.changedOnDiskTitle'),
        message: i18n.t('storage.files.changedOnDisk', { file: binding.name }),
        confirm: i18n.t('storage.files.overwrite'),
        danger: true,
      });
      if (!overwrite) {
        notifyFileError(result);
        return;
      }
      result = await api.fileSave({ handle: binding.handle, board, overwrite: true });
    }
    if (result.ok) bindSaved(binding, board);
    else if (result.code !== 'cancelled') notifyFileError(result);
    return;
  }
  if (binding.fsHandle) {
    const text = fileText(board, binding.name);
    if (text === undefined) return;
    try {
      // Chromium writes to a swap file and moves it over the original on close: atomic.
      const writable = await binding.fsHandle.createWritable();
      await writable.write(text);
      await writable.close();
      bindSaved(binding, board);
    } catch (error) {
      const quota = (error as { name?: string })?.name === 'QuotaExceededError';
      notify({ kind: 'fileError', code: quota ? 'noSpace' : 'io', file: binding.name, detail: String(error), problems: [] });
    }
    return;
  }
  return saveAsCommand();
}

export async function saveAsCommand(): Promise<void> {
  const board = useAppStore.getState().board;
  const suggested = `${useSession.getState().boardName || board.profile.name || 'board'}${EXTENSION}`;
  const api = desktopApi();
  if (api) {
    const result = await api.fileSaveAs({ board, suggestedName: suggested.slice(0, 200) });
    if (result.ok) bindSaved({ name: result.name, handle: result.handle, savedBoard: board }, board);
    else if (result.code !== 'cancelled') notifyFileError(result);
    return;
  }
  const text = fileText(board, suggested);
  if (text === undefined) return;
  const picker = fsAccess().showSaveFilePicker;
  if (picker) {
    try {
      const handle = await picker({ suggestedName: suggested, types: PICKER_TYPES });
      const writable = await handle.createWritable();
      await writable.write(text);
      await writable.close();
      bindSaved({ name: handle.name, fsHandle: handle, savedBoard: board }, board);
    } catch (error) {
      if (!isAbort(error)) notify({ kind: 'fileError', code: 'io', file: suggested, detail: String(error), problems: [] });
    }
    return;
  }
  downloadBoard(board, suggested);
}

/** The fallback: the browser downloads the file; nothing stays bound to it. */
export function downloadBoard(board: Board, name: string): void {
  const text = fileText(board, name);
  if (text === undefined) return;
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The open board differs from what its file holds (for the close prompt). */
export function hasUnsavedFileChanges(): boolean {
  const file = useSession.getState().file;
  return Boolean(file && file.savedBoard !== useAppStore.getState().board);
}
