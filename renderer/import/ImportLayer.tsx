/**
 * Mounted once in the workspace (next to the export layer): registers "Import org chart…",
 * holds the file picker it opens (a plain file input: the same in the browser build and in
 * Electron's renderer, and no file path reaches the page) and shows the import dialog for
 * the file picked. The dialog's code (papaparse, the checks, the board builder) loads on
 * first use; exceljs only in the worker that reads a workbook.
 */
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { registerFeatureCommands } from '../commands/registry';
import { ViewBoundary } from '../chrome/ViewBoundary';
import { notifyLoadError } from '../library/session';
import { loadOnce } from '../platform/loadOnce';
import { useWorkshop } from '../workshop/workshopStore';
import { ChooseFile, hasUserActivation } from './ChooseFile';
import { pickedFrom, useImportUi } from './importUi';
import type { ImportDialogProps } from './ImportDialog';

const loadDialog = loadOnce(() => import('./ImportDialog').then((m) => m.ImportDialog));
const close = () => useImportUi.getState().setPicked(null);

/** What the picker offers; a workbook is told by its content, not its name (readFile.ts). */
export const IMPORT_ACCEPT = '.csv,.txt,.xlsx';

export function ImportLayer() {
  const input = useRef<HTMLInputElement>(null);
  const picked = useImportUi((s) => s.picked);
  const presenting = useWorkshop((s) => s.presenting);
  const [Dialog, setDialog] = useState<React.ComponentType<ImportDialogProps> | null>(null);
  const [asking, setAsking] = useState(false);

  useEffect(
    () =>
      registerFeatureCommands('import', {
        'file.importOrgChart': {
          // Chromium shows a file chooser only in answer to the user's own click or key. The
          // desktop menu's command arrives by IPC, without one: then a button asks for it.
          perform: () => (hasUserActivation() ? input.current?.click() : setAsking(true)),
          enabled: (s) => s.editable,
        },
      }),
    [],
  );
  useEffect(() => {
    if (!picked || Dialog) return;
    loadDialog().then(
      (component) => setDialog(() => component),
      (error: unknown) => {
        close();
        notifyLoadError(error);
      },
    );
  }, [picked, Dialog]);
  // Presenting hides the editor's chrome; a dialog left open would sit over the room's view.
  useEffect(() => {
    if (presenting) close();
  }, [presenting]);

  const choose = () => {
    setAsking(false);
    input.current?.click();
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared, so picking the same file again (after correcting it) is a change too.
    event.target.value = '';
    if (file) void pickedFrom(file).then((p) => useImportUi.getState().setPicked(p));
  };

  return (
    <>
      <input ref={input} type="file" accept={IMPORT_ACCEPT} hidden onChange={onChange} data-testid="import-file" />
      {asking && !presenting && <ChooseFile onChoose={choose} onClose={() => setAsking(false)} />}
      {picked && Dialog && !presenting && (
        <ViewBoundary part="import" onClose={close} resetKey={picked}>
          <Dialog picked={picked} onClose={close} />
        </ViewBoundary>
      )}
    </>
  );
}
