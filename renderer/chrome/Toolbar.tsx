/**
 * The tool row: the editing toolbar, buttons for the commands people reach for first, read
 * from the registry (label, shortcut in the tooltip, enabled state), and after it the
 * workshop bar (rendered by the workshop layer into `ToolRowSlot`). Each keeps to one row:
 * what does not fit goes into its "⋯" menu (OverflowBar). The toolbar takes its full width
 * first; the workshop bar the rest. Re-renders on selection and history changes only, never
 * on a drag.
 */
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { shortcutLabel, type CommandId } from '../../shared/commands/commandList';
import { getCommand, isEnabled, runCommand, useCommands } from '../commands/registry';
import { IS_MAC } from '../commands/shortcuts';
import { useWideWindow } from '../canvas/minimap';
import { useAppStore } from '../store/store';
import { OverflowBar } from './OverflowBar';
import { ToolRowSlot } from './slots';

/** Toolbar groups: command id and the glyph on its button (the name is the label). */
const GROUPS: readonly (readonly [CommandId, string][])[] = [
  [
    ['edit.undo', '↶'],
    ['edit.redo', '↷'],
  ],
  [
    ['edit.duplicate', '❐'],
    ['edit.delete', '✕'],
    ['edit.connect', '⤳'],
  ],
  [
    ['arrange.alignLeft', '⇤'],
    ['arrange.alignCentre', '⇹'],
    ['arrange.alignTop', '⤒'],
    ['arrange.distributeHorizontal', '⋯'],
    ['arrange.autoLayout', '⊞'],
  ],
  [
    ['view.zoomFit', '⤢'],
    ['view.zoom100', '1:1'],
    ['view.snapToGrid', '#'],
    ['view.minimap', '▣'],
  ],
  [
    ['view.find', '⌕'],
    ['view.commandPalette', '⌘'],
    ['help.shortcuts', '?'],
  ],
];

function useHistoryCounts() {
  return useSyncExternalStore(useAppStore.temporal.subscribe, () => {
    const { pastStates, futureStates } = useAppStore.temporal.getState();
    return pastStates.length * 100000 + futureStates.length;
  });
}

export function Toolbar() {
  const { t } = useTranslation();
  useCommands();
  useHistoryCounts();
  // What the predicates read: selection size, board emptiness, the snap and map flags, dragging.
  useAppStore(useShallow((s) => [s.selectedNodeIds, s.selectedEdgeIds, s.board.nodes.length === 0, s.snapToGrid, s.minimap, s.dragging]));
  // The overview map's default follows the window's width.
  useWideWindow();
  const state = useAppStore.getState();
  return (
    <div className="oc-toolrow">
      {/* In a landmark of its own, so every part of the page is in one (axe's `region`). */}
      <nav className="oc-toolbar-region" aria-label={t('editor.toolbar.label')}>
        <OverflowBar className="oc-toolbar-bar" moreLabel={t('editor.overflow.moreTools')} testId="toolbar-bar">
          <div className="oc-toolbar" role="toolbar" aria-label={t('editor.toolbar.label')}>
            {GROUPS.map((group, index) => (
              <div key={index} className="oc-toolbar__group">
                {group.map(([id, glyph]) => {
                  const command = getCommand(id);
                  if (!command) return null;
                  const label = t(command.labelKey);
                  const shortcut = command.shortcuts[0] ? ` (${shortcutLabel(command.shortcuts[0], IS_MAC)})` : '';
                  const checked = command.checked?.(state);
                  return (
                    <button
                      key={id}
                      type="button"
                      className="oc-toolbar__button"
                      aria-label={label}
                      aria-pressed={checked}
                      title={label + shortcut}
                      data-command={id}
                      disabled={!isEnabled(command, state)}
                      onClick={() => runCommand(id)}
                    >
                      <span aria-hidden="true">{glyph}</span>
                    </button>
                  );
                })}
              </div>
            ))}
          </div>
        </OverflowBar>
      </nav>
      <OverflowBar className="oc-toolrow__workshop" itemsSelector=".oc-workshopbar" moreLabel={t('editor.overflow.moreWorkshop')} testId="workshop-bar">
        <ToolRowSlot.Slot />
      </OverflowBar>
    </div>
  );
}
