/**
 * Scenarios in a board (issue 24, point 1): an as-is and one or more to-be designs, each a
 * whole design (its nodes and relations, so its own hints), under one organisation profile.
 *
 * The design on screen lives where it always did, in the board's `nodes` and `edges`: the
 * canvas, the rules, the exports and every other reader see one design, as before. The
 * others wait in `scenarios.items`, each with its own `nodes` and `edges`; `scenarios.active`
 * says which item the on-screen design is (that item holds no nodes of its own). So a board
 * is still one object: undo, autosave, versions, the trash and files carry every scenario
 * whole, with nothing of their own to learn. A board without `scenarios` has one scenario,
 * unnamed (every board of format 1).
 *
 * Nodes keep their ids from scenario to scenario (a new scenario is a copy of the one on
 * screen), so a comparison matches a role by its id wherever it moved (shared/changePlan).
 * Pure.
 */
import type { TFunction } from 'i18next';
import type { Board, BoardEdge, BoardNode } from './board';

export interface Scenario {
  id: string;
  /** The user's name for it; empty = the default name for its place ("Nu"/"As is" first). */
  name: string;
  /** Its design, while another scenario is on screen. */
  nodes?: BoardNode[];
  edges?: BoardEdge[];
  [extra: string]: unknown;
}

export interface ScenarioSet {
  /** The id of the scenario on screen: its design is the board's `nodes` and `edges`. */
  active: string;
  items: Scenario[];
  [extra: string]: unknown;
}

/** The most scenarios a board holds: an as-is and a handful of options is what a plan needs. */
export const MAX_SCENARIOS = 12;
/** The id of a board's only scenario before it had others. */
export const FIRST_SCENARIO_ID = 'scenario-1';

/** A scenario as a list shows it. */
export interface ScenarioEntry {
  id: string;
  name: string;
  index: number;
  active: boolean;
}

function setOf(board: Board): ScenarioSet {
  const set = board.scenarios as ScenarioSet | undefined;
  return set ?? { active: FIRST_SCENARIO_ID, items: [{ id: FIRST_SCENARIO_ID, name: '' }] };
}

/** The board's scenarios in order, the one on screen marked. */
export function scenarioList(board: Board): ScenarioEntry[] {
  const set = setOf(board);
  return set.items.map((item, index) => ({ id: item.id, name: item.name, index, active: item.id === set.active }));
}

export function activeScenarioId(board: Board): string {
  return setOf(board).active;
}

/** The board with `id`'s design on screen: the current one stored in its item, `id`'s taken out of its own. */
export function switchScenario(board: Board, id: string): Board {
  const set = setOf(board);
  if (id === set.active || !set.items.some((item) => item.id === id)) return board;
  const target = set.items.find((item) => item.id === id)!;
  const items = set.items.map((item): Scenario => {
    if (item.id === set.active) return { ...item, nodes: board.nodes, edges: board.edges };
    if (item.id === id) return withoutDesign(item);
    return item;
  });
  return { ...board, nodes: target.nodes ?? [], edges: target.edges ?? [], scenarios: { ...set, active: id, items } };
}

function withoutDesign(item: Scenario): Scenario {
  const { nodes: _nodes, edges: _edges, ...rest } = item;
  return rest;
}

/**
 * The board with a new scenario, a copy of the one on screen, placed after it and shown.
 * `id` must be new among the board's scenarios (the caller makes one, shared/edit/ids).
 */
export function addScenario(board: Board, id: string, name: string): Board {
  const set = setOf(board);
  if (set.items.length >= MAX_SCENARIOS || set.items.some((item) => item.id === id)) return board;
  const at = set.items.findIndex((item) => item.id === set.active) + 1;
  const items = [...set.items.slice(0, at), { id, name, nodes: board.nodes, edges: board.edges }, ...set.items.slice(at)];
  // The copy shares the on-screen design's objects: boards are immutable, so an edit to one
  // scenario replaces its objects and never reaches the other.
  const withNew = { ...board, scenarios: { ...set, items } };
  return switchScenario(withNew, id);
}

export function renameScenario(board: Board, id: string, name: string): Board {
  const set = setOf(board);
  const item = set.items.find((candidate) => candidate.id === id);
  if (!item || item.name === name) return board;
  return { ...board, scenarios: { ...set, items: set.items.map((candidate) => (candidate === item ? { ...item, name } : candidate)) } };
}

/** The board without scenario `id`; the last one cannot go. The one on screen gives way to its neighbour. */
export function removeScenario(board: Board, id: string): Board {
  const set = setOf(board);
  const index = set.items.findIndex((item) => item.id === id);
  if (index < 0 || set.items.length < 2) return board;
  const shown = id === set.active ? switchScenario(board, set.items[index === 0 ? 1 : index - 1]!.id) : board;
  const after = setOf(shown);
  return { ...shown, scenarios: { ...after, items: after.items.filter((item) => item.id !== id) } };
}

/** The board with scenario `id` on screen and no other scenario: how one design is read alone (exports, diff). */
export function scenarioBoard(board: Board, id: string): Board {
  const shown = switchScenario(board, id);
  const { scenarios: _scenarios, ...rest } = shown;
  return rest as Board;
}

/** The scenario after (or, with `step` -1, before) the one on screen, round the end. */
export function nextScenarioId(board: Board, step: 1 | -1 = 1): string {
  const set = setOf(board);
  const index = set.items.findIndex((item) => item.id === set.active);
  return set.items[(index + step + set.items.length) % set.items.length]!.id;
}

/** A scenario's name as shown: the user's, or the default for its place ("Nu", "Straks", "Straks 2"). */
export function scenarioName(entry: Pick<ScenarioEntry, 'name' | 'index'>, t: TFunction): string {
  if (entry.name.trim()) return entry.name;
  return entry.index === 0 ? t('scenarios.asIs') : entry.index === 1 ? t('scenarios.toBe') : t('scenarios.toBeNumbered', { number: entry.index });
}

/** A name for a new scenario: the default for its place, numbered on where a scenario has it already. */
export function newScenarioName(board: Board, t: TFunction): string {
  const taken = new Set(scenarioList(board).map((entry) => scenarioName(entry, t).toLocaleLowerCase()));
  const base = t('scenarios.toBe');
  if (!taken.has(base.toLocaleLowerCase())) return base;
  for (let number = 2; ; number++) {
    const name = t('scenarios.toBeNumbered', { number });
    if (!taken.has(name.toLocaleLowerCase())) return name;
  }
}

/**
 * The scenario a command line names: by its name as shown (any case; `t` gives the default
 * names) or by id; without a name, the first. Undefined when nothing matches.
 */
export function findScenario(board: Board, t: TFunction, name?: string): ScenarioEntry | undefined {
  const list = scenarioList(board);
  if (name === undefined) return list[0];
  const wanted = name.trim().toLocaleLowerCase();
  return list.find((entry) => scenarioName(entry, t).trim().toLocaleLowerCase() === wanted) ?? list.find((entry) => entry.id === name);
}
