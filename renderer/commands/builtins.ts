/**
 * What the built-in commands of shared/commands/commandList.ts do. Importing this module
 * registers them all.
 */
import { COMMANDS, type BuiltinCommandId, type CatalogueEntry, type CommandFeature } from '../../shared/commands/commandList';
import { copySelection, deleteElements, type NodeTemplate } from '../../shared/edit';
import { snapPoint } from '../../shared/edit/arrange';
import { DEFAULT_SIZE } from '../../shared/theme/theme';
import { NODE_KINDS, type NodeKind } from '../../shared/model/vocabulary';
import { KINDS } from '../../shared/model/kinds';
import { i18n } from '../i18n/setup';
import { useAppStore, type AppState } from '../store/store';
import { fitBoard } from '../canvas/fitBoard';
import { minimapShown, toggleMinimap } from '../canvas/minimap';
import { focusPalette } from '../chrome/panels';
import { canvasApi, focusNode, viewCentre } from './canvasApi';
import { readClipboard, writeClipboard } from './clipboard';
import { runAutoLayout } from './layout';
import { registerCommand, type Behaviour } from './registry';

export const GRID = 24;
/** Arrow keys move by a small step; with Shift by one grid step (draw.io's convention). */
export const NUDGE = 4;

const hasNodes = (s: AppState) => s.selectedNodeIds.length > 0;
const hasSelection = (s: AppState) => s.selectedNodeIds.length + s.selectedEdgeIds.length > 0;
const notDragging = (s: AppState) => !s.dragging;

function announce(key: string, options: Record<string, unknown> = {}) {
  useAppStore.getState().setUi({ announcement: i18n.t(key, options) as string });
}

/** Place a new node centred on a board point (the view's centre by default). */
export function insertNode(template: NodeTemplate, label?: string, at = viewCentre()): string {
  const state = useAppStore.getState();
  const size = DEFAULT_SIZE[template.kind];
  let position = { x: at.x - size.width / 2, y: at.y - size.height / 2 };
  if (state.snapToGrid) position = snapPoint(position, GRID);
  const name = label ?? (i18n.t(`kinds.${template.kind}`) as string);
  const id = state.addNode(template, name, position);
  announce('editor.announce.added', { kind: i18n.t(`kinds.${template.kind}`), label: name });
  focusNode(id);
  return id;
}

async function copy(cut: boolean) {
  const state = useAppStore.getState();
  const payload = copySelection(state.board, state.selectedNodeIds);
  if (!payload) return;
  await writeClipboard(payload);
  announce('editor.announce.copied', { count: payload.nodes.length });
  if (cut) state.changeBoard((board) => deleteElements(board, state.selectedNodeIds, state.selectedEdgeIds));
}

/** Paste where the user is looking: at the view centre, or at the context menu's point. */
export async function pasteFromClipboard(at?: { x: number; y: number }) {
  const payload = await readClipboard();
  if (!payload) return;
  pastePayloadAt(payload, at);
}

export function pastePayloadAt(payload: NonNullable<Awaited<ReturnType<typeof readClipboard>>>, at = viewCentre()) {
  const tops = payload.nodes.filter((n) => !n.parentId);
  const minX = Math.min(...tops.map((n) => n.position.x));
  const minY = Math.min(...tops.map((n) => n.position.y));
  const offset = { x: Math.round(at.x - minX), y: Math.round(at.y - minY) };
  const ids = useAppStore.getState().pastePayload(payload, offset);
  announce('editor.announce.pasted', { count: ids.length });
}

const zoomDuration = 200;

/** The nudges, by how far they move the selection. */
export type NudgeId = Extract<BuiltinCommandId, `arrange.nudge${string}`>;
/**
 * Insert one node of a kind (every `insert.<kind>` does the same with its kind). Every kind
 * has one: a kind without its `insert.<kind>` in the catalogue fails `isInsertKind` below.
 */
export type InsertKindId = `insert.${NodeKind}`;

/**
 * Every other built-in command's behaviour. `satisfies` makes the catalogue and this table
 * agree at compile time: a built-in entry without a behaviour here, or a behaviour for an
 * id that is not a built-in command, is a type error.
 */
export const performs = {
  'edit.undo': { perform: (s) => s.undo(), enabled: (s) => notDragging(s) && useAppStore.temporal.getState().pastStates.length > 0 },
  'edit.redo': { perform: (s) => s.redo(), enabled: (s) => notDragging(s) && useAppStore.temporal.getState().futureStates.length > 0 },
  'edit.cut': { perform: () => copy(true), enabled: hasNodes },
  'edit.copy': { perform: () => copy(false), enabled: hasNodes },
  'edit.paste': { perform: () => pasteFromClipboard(useAppStore.getState().contextMenu?.flow) },
  'edit.duplicate': { perform: (s) => void s.duplicateSelection(), enabled: hasNodes },
  'edit.delete': {
    perform: (s) => {
      const count = s.deleteSelection();
      announce('editor.announce.deleted', { count });
    },
    enabled: hasSelection,
  },
  'edit.rename': {
    perform: (s) => s.setUi({ renamingId: s.selectedNodeIds[0] }),
    enabled: (s) => s.selectedNodeIds.length === 1,
  },
  'edit.connect': {
    perform: (s) => s.setUi({ overlay: 'connectTarget' }),
    enabled: (s) => {
      if (s.selectedNodeIds.length !== 1) return false;
      const node = s.board.nodes.find((n) => n.id === s.selectedNodeIds[0]);
      return !node || KINDS[node.kind].connects;
    },
  },
  'edit.selectAll': { perform: (s) => s.selectAll(), enabled: (s) => s.board.nodes.length > 0 },
  'edit.deselect': { perform: (s) => s.select([], []), enabled: hasSelection },
  'insert.focusPalette': { perform: focusPalette },
  'arrange.autoLayout': { perform: () => runAutoLayout(), enabled: (s) => notDragging(s) && s.board.nodes.length > 0 },
  'arrange.alignLeft': { perform: (s) => s.alignSelection('left'), enabled: (s) => s.selectedNodeIds.length > 1 },
  'arrange.alignCentre': { perform: (s) => s.alignSelection('centre'), enabled: (s) => s.selectedNodeIds.length > 1 },
  'arrange.alignRight': { perform: (s) => s.alignSelection('right'), enabled: (s) => s.selectedNodeIds.length > 1 },
  'arrange.alignTop': { perform: (s) => s.alignSelection('top'), enabled: (s) => s.selectedNodeIds.length > 1 },
  'arrange.alignMiddle': { perform: (s) => s.alignSelection('middle'), enabled: (s) => s.selectedNodeIds.length > 1 },
  'arrange.alignBottom': { perform: (s) => s.alignSelection('bottom'), enabled: (s) => s.selectedNodeIds.length > 1 },
  'arrange.distributeHorizontal': { perform: (s) => s.distributeSelection('horizontal'), enabled: (s) => s.selectedNodeIds.length > 2 },
  'arrange.distributeVertical': { perform: (s) => s.distributeSelection('vertical'), enabled: (s) => s.selectedNodeIds.length > 2 },
  'view.zoomIn': { perform: () => void canvasApi()?.flow.zoomIn({ duration: zoomDuration }) },
  'view.zoomOut': { perform: () => void canvasApi()?.flow.zoomOut({ duration: zoomDuration }) },
  'view.zoomFit': { perform: () => fitBoard({ duration: zoomDuration }) },
  'view.zoom100': { perform: () => void canvasApi()?.flow.zoomTo(1, { duration: zoomDuration }) },
  'view.zoomSelection': {
    perform: (s) => void canvasApi()?.flow.fitView({ nodes: s.selectedNodeIds.map((id) => ({ id })), padding: 0.3, duration: zoomDuration, maxZoom: 1.5 }),
    enabled: hasNodes,
  },
  'view.snapToGrid': { perform: (s) => s.setUi({ snapToGrid: !s.snapToGrid }), checked: (s) => s.snapToGrid },
  'view.minimap': { perform: toggleMinimap, checked: (s) => minimapShown(s.minimap) },
  'view.find': { perform: (s) => s.setUi({ overlay: 'find' }), enabled: (s) => s.board.nodes.length > 0 },
  'view.commandPalette': { perform: (s) => s.setUi({ overlay: 'commandPalette' }) },
  'help.shortcuts': { perform: (s) => s.setUi({ overlay: 'help' }) },
} satisfies Record<Exclude<BuiltinCommandId, NudgeId | InsertKindId>, Behaviour>;

export const NUDGES = {
  'arrange.nudgeLeft': [-NUDGE, 0],
  'arrange.nudgeRight': [NUDGE, 0],
  'arrange.nudgeUp': [0, -NUDGE],
  'arrange.nudgeDown': [0, NUDGE],
  'arrange.nudgeLeftFar': [-GRID, 0],
  'arrange.nudgeRightFar': [GRID, 0],
  'arrange.nudgeUpFar': [0, -GRID],
  'arrange.nudgeDownFar': [0, GRID],
} satisfies Record<NudgeId, [number, number]>;

const isNudge = (id: BuiltinCommandId): id is NudgeId => Object.hasOwn(NUDGES, id);
const isInsertKind = (id: BuiltinCommandId): id is InsertKindId => (NODE_KINDS as readonly string[]).some((kind) => id === `insert.${kind}`);

function behaviour(id: BuiltinCommandId): Behaviour {
  if (isNudge(id)) {
    const [dx, dy] = NUDGES[id];
    return { perform: (s) => s.nudgeSelection(dx, dy), enabled: hasNodes };
  }
  if (isInsertKind(id)) {
    const kind = id.slice('insert.'.length) as NodeKind;
    return { perform: (s) => void insertNode({ kind } as NodeTemplate, undefined, s.contextMenu?.flow ?? viewCentre()) };
  }
  return performs[id];
}

export function registerBuiltinCommands(): () => void {
  const builtins = COMMANDS.filter((meta): meta is Exclude<CatalogueEntry, { feature: CommandFeature }> => !meta.feature);
  const removers = builtins.map((meta) => registerCommand({ ...meta, ...behaviour(meta.id) }));
  return () => removers.forEach((remove) => remove());
}
