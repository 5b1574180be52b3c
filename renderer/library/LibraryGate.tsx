/**
 * Puts the library around the editor: the start screen when no board is open, otherwise
 * the editor (children) under the storage bar, with the versions panel beside it. Also
 * the window-wide parts: dropping a file opens it; closing with unsaved changes to a
 * file-bound board asks first; the library is checked against the mirror at start.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './library.css';
import { AppDialogs } from '../chrome/AppDialogs';
import { ViewBoundary } from '../chrome/ViewBoundary';
import { BoardAccessBanner } from './BoardAccessBanner';
import { bootLibrary } from './controller';
import { subscribeOpenRequests } from '../platform/platform';
import { hasUnsavedFileChanges, importFile, openRequestedFile } from './fileCommands';
import { registerFileCommands } from './commands';
import { Notices } from './Notices';
import { notify, useSession } from './session';
import { StartScreen } from './StartScreen';
import { StorageBar } from './StorageBar';
import { VersionsPanel } from './VersionsPanel';

export function LibraryGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const view = useSession((s) => s.view);
  // Another window edits this board: the editor shows it but takes no input (the store
  // refuses changes as well, for keys and menus).
  const readOnly = useSession((s) => s.access === 'readOnly' || s.access === 'takenOver');
  const [versionsOpen, setVersionsOpen] = useState(false);
  const [dropping, setDropping] = useState(false);

  useEffect(() => {
    let unsubscribe: (() => void) | null = null;
    let gone = false;
    // Files the OS hands the desktop app open once the library can take them. (StrictMode
    // runs this twice; the flag keeps the first run from subscribing after its cleanup.)
    void bootLibrary(t('storage.library.demoName')).then(() => {
      if (!gone) unsubscribe = subscribeOpenRequests((request) => void openRequestedFile(request));
    });
    return () => {
      gone = true;
      unsubscribe?.();
    };
    // Once per app start; a language switch must not boot again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => registerFileCommands(), []);

  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!hasUnsavedFileChanges()) return;
      event.preventDefault();
      // Older Chromium (and Electron's will-prevent-unload) still read returnValue.
      event.returnValue = '';
    };
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDropping(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDropping(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDropping(false);
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (files.length !== 1) {
        notify({ kind: 'fileError', code: 'tooMany', file: '', detail: '', problems: [] });
        return;
      }
      void importFile(files[0]);
    };
    window.addEventListener('beforeunload', beforeUnload);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [t]);

  return (
    <div className="oc-library-gate">
      <Notices />
      {view === 'opening' ? (
        <p className="oc-library-gate__opening" role="status">
          {t('storage.library.opening')}
        </p>
      ) : view === 'library' ? (
        <ViewBoundary part="library">
          <StartScreen />
        </ViewBoundary>
      ) : (
        <>
          <StorageBar versionsOpen={versionsOpen} onToggleVersions={() => setVersionsOpen(!versionsOpen)} />
          <BoardAccessBanner />
          <div className="oc-library-gate__editor">
            <div className={readOnly ? 'oc-library-gate__main oc-library-gate__main--read-only' : 'oc-library-gate__main'} inert={readOnly}>
              {children}
            </div>
            {versionsOpen && (
              <ViewBoundary part="versions" onClose={() => setVersionsOpen(false)}>
                <VersionsPanel onClose={() => setVersionsOpen(false)} />
              </ViewBoundary>
            )}
          </div>
        </>
      )}
      <AppDialogs />
      {dropping && (
        <div className="oc-dropzone" aria-hidden="true">
          {t('storage.files.dropHint')}
        </div>
      )}
    </div>
  );
}
