/**
 * The editor around the canvas: the tool row on top (editing tools and the workshop bar),
 * the palette on the left (or its rail), the side dock with the hints and the properties on
 * the right (or its rail), and the overlays and popups commands open. It installs the built-in commands and
 * the keyboard once. App.tsx puts the workspace (canvas and its floating panels) inside.
 */
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '../styles/editor.css';
import '../styles/layout.css';
import { isCommandId } from '../../shared/commands/commandList';
import { registerBuiltinCommands } from '../commands/builtins';
import { installKeyboard } from '../commands/keyboard';
import { runCommand } from '../commands/registry';
import { PaletteDock } from '../palette/PaletteDock';
import { desktopApi } from '../platform/platform';
import { useAppStore } from '../store/store';
import { DockSlot } from './Dock';
import { Overlays } from './Overlays';
import { Popups } from './Popups';
import { Toolbar } from './Toolbar';
import { SideDock } from './SideDock';

export function EditorFrame({ children }: { children: ReactNode }) {
  useEffect(() => {
    const unregister = registerBuiltinCommands();
    const uninstall = installKeyboard();
    // The desktop app's menu bar sends the chosen command's id (main/electron/menu.ts).
    const unsubscribe = desktopApi()?.onMenuCommand(({ id }) => isCommandId(id) && runCommand(id));
    return () => {
      unsubscribe?.();
      uninstall();
      unregister();
    };
  }, []);
  return (
    <div className="oc-editor">
      <Toolbar />
      <div className="oc-editor__body">
        <PaletteDock />
        {children}
        <DockSlot />
        <SideDock />
      </div>
      <Overlays />
      <Popups />
      <LiveRegion />
    </div>
  );
}

/** What the last action did, for screen readers (visually hidden). */
function LiveRegion() {
  useTranslation();
  const announcement = useAppStore((s) => s.announcement);
  return (
    <div className="oc-visually-hidden" role="status" aria-live="polite">
      {announcement}
    </div>
  );
}
