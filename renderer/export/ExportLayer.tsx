/**
 * Mounted once in the workspace (next to WorkshopLayer): registers Export… (Ctrl+E) and the
 * RACI matrix (Ctrl+Shift+R) and shows whichever of the two is open. Both dialogs close on
 * Escape and give focus back to where it was.
 */
import { useEffect } from 'react';
import { useWorkshop } from '../workshop/workshopStore';
import { onFieldShortcut, registerExportCommands } from './commands';
import { ExportDialog } from './ExportDialog';
import { useExportUi } from './exportUi';
import { RaciView } from '../raci/RaciView';

const close = () => useExportUi.getState().setOpen(null);

export function ExportLayer() {
  const open = useExportUi((s) => s.open);
  const presenting = useWorkshop((s) => s.presenting);

  useEffect(() => registerExportCommands(), []);
  useEffect(() => {
    window.addEventListener('keydown', onFieldShortcut, true);
    return () => window.removeEventListener('keydown', onFieldShortcut, true);
  }, []);
  // Presenting hides the editor's chrome; a dialog left open would sit over the room's view.
  useEffect(() => {
    if (presenting) close();
  }, [presenting]);

  if (presenting) return null;
  if (open === 'export') return <ExportDialog onClose={close} />;
  if (open === 'raci') return <RaciView onClose={close} />;
  return null;
}
