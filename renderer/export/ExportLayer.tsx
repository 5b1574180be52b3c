/**
 * Mounted once in the workspace (next to WorkshopLayer): registers Export… (Ctrl+E) and the
 * RACI matrix (Ctrl+Shift+R) and shows whichever of the two is open. Both dialogs close on
 * Escape and give focus back to where it was.
 */
import { useEffect, useState } from 'react';
import { ViewBoundary } from '../chrome/ViewBoundary';
import { notifyLoadError } from '../library/session';
import { useWorkshop } from '../workshop/workshopStore';
import { onFieldShortcut, registerExportCommands } from './commands';
import { useExportUi } from './exportUi';
import { loadWindow, preloadWindowsWhenIdle, type WindowComponent, type Which } from './lazyWindows';

const close = () => useExportUi.getState().setOpen(null);

export function ExportLayer() {
  const open = useExportUi((s) => s.open);
  const presenting = useWorkshop((s) => s.presenting);

  // Components of the windows opened so far (their code loads on demand, lazyWindows.ts).
  const [windows, setWindows] = useState<Partial<Record<Which, WindowComponent>>>({});

  useEffect(() => registerExportCommands(), []);
  useEffect(() => preloadWindowsWhenIdle(), []);
  useEffect(() => {
    if (!open || windows[open]) return;
    loadWindow(open).then(
      (component) => setWindows((loaded) => ({ ...loaded, [open]: component })),
      (error: unknown) => {
        close();
        notifyLoadError(error);
      },
    );
  }, [open, windows]);
  useEffect(() => {
    window.addEventListener('keydown', onFieldShortcut, true);
    return () => window.removeEventListener('keydown', onFieldShortcut, true);
  }, []);
  // Presenting hides the editor's chrome; a dialog left open would sit over the room's view.
  useEffect(() => {
    if (presenting) close();
  }, [presenting]);

  const Window = open && !presenting ? windows[open] : undefined;
  if (!Window || !open) return null;
  // A window that fails says so and can be closed (the RACI matrix once blanked the app).
  return (
    <ViewBoundary part={open} onClose={close} resetKey={open}>
      <Window onClose={close} />
    </ViewBoundary>
  );
}
