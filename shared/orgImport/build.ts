/**
 * People to a board: a department per department name (in the order the file first names
 * them, its type guessed from the name), a role per person inside it (labelled with the job
 * title, the person's name on the role, its type guessed from the title), and a `reports`
 * relation from each role to its manager's. Laid out as the templates are, by the layout's
 * own band placement (../layout/bands.ts): departments in rows with their roles in a grid
 * inside, managers first within each department.
 */
import type { Board, BoardEdge, BoardNode, DepartmentNode, RoleNode } from '../model/board';
import { emptyBoard } from '../model/board';
import { KINDS } from '../model/kinds';
import { LIMITS } from '../model/limits';
import type { OrgSize } from '../model/vocabulary';
import { plainText } from '../model/text';
import { layBands, BAND_GAP, type BandOrders } from '../layout/bands';
import { applyLayout, REFERENCE_CANVAS } from '../layout/autoLayout';
import { nodeSize } from '../geometry/geometry';
import type { Person } from './checks';
import { guessDepartmentType, guessRoleType } from './guessTypes';

export interface BuildOptions {
  /** The organisation's name on the board (the profile). */
  name: string;
  /** The department of people whose department cell is empty, in the board's language. */
  noDepartment: string;
}

export interface BuildSummary {
  departments: number;
  roles: number;
  reportingLines: number;
}

/** The domain's sizes (domain.md: small < 50 people, medium 50–250, large > 250). */
export function orgSize(people: number): OrgSize {
  return people < 50 ? 'small' : people <= 250 ? 'medium' : 'large';
}

const label = (text: string) => plainText(text).slice(0, LIMITS.maxLabelChars);

export function buildBoard(people: readonly Person[], options: BuildOptions): { board: Board; summary: BuildSummary } {
  const departments = new Map<string, DepartmentNode>();
  const members = new Map<string, Person[]>();
  for (const person of people) {
    const name = person.department || options.noDepartment;
    const key = name.toLocaleLowerCase();
    if (!departments.has(key)) {
      departments.set(key, {
        id: `${KINDS.department.idPrefix}${departments.size + 1}`,
        kind: 'department',
        label: label(name),
        position: { x: 0, y: 0 },
        data: { departmentType: guessDepartmentType(name) },
      });
      members.set(key, []);
    }
    members.get(key)!.push(person);
  }

  const depth = depths(people);
  const roleOf = new Map<string, RoleNode>();
  const nodes: BoardNode[] = [];
  const children = new Map<string, string[]>();
  let roleCount = 0;
  for (const [key, department] of departments) {
    nodes.push(department);
    // Managers first: the department's grid reads from the top of its hierarchy down.
    const ordered = [...members.get(key)!].sort((a, b) => depth.get(a.key)! - depth.get(b.key)! || a.line - b.line);
    const ids: string[] = [];
    for (const person of ordered) {
      const role: RoleNode = {
        id: `${KINDS.role.idPrefix}${++roleCount}`,
        kind: 'role',
        label: label(person.title || person.name),
        parentId: department.id,
        position: { x: 0, y: 0 },
        data: { roleType: guessRoleType(person.title), mandate: false, budget: false, ...(person.title && person.name ? { person: label(person.name) } : {}) },
      };
      roleOf.set(person.key, role);
      nodes.push(role);
      ids.push(role.id);
    }
    children.set(department.id, ids);
  }

  const edges: BoardEdge[] = [];
  for (const person of people) {
    for (const manager of person.managers) {
      edges.push({ id: `e${edges.length + 1}`, kind: 'reports', source: roleOf.get(person.key)!.id, target: roleOf.get(manager)!.id });
    }
  }

  const board: Board = { ...emptyBoard({ name: label(options.name), size: orgSize(people.length) }), nodes, edges };
  const orders: BandOrders = { org: [...departments.values()].map((d) => d.id), children, tasks: [], objectives: [], side: [], notes: [] };
  return {
    board: applyLayout(board, layBands(board, orders, { width: rowWidth(board, orders) })),
    summary: { departments: departments.size, roles: roleCount, reportingLines: edges.length },
  };
}

/**
 * The width the department rows wrap at: the width that gives the departments, laid out,
 * the proportions of a projector's canvas (as tidy's widest-fitting plans do). The
 * departments' own sizes come from the band layout itself, laid out once a row each.
 */
function rowWidth(board: Board, orders: BandOrders): number {
  const sizes = layBands(board, orders, { width: 0 }).sizes;
  let area = 0;
  let widest = 0;
  for (const id of orders.org) {
    const node = board.nodes.find((n) => n.id === id)!;
    const { width, height } = sizes.get(id) ?? nodeSize(node);
    area += (width + BAND_GAP) * (height + BAND_GAP);
    widest = Math.max(widest, width);
  }
  return Math.max(widest, Math.round(Math.sqrt((area * REFERENCE_CANVAS.width) / REFERENCE_CANVAS.height)));
}

/** How many managers up each person is from the top (0 for someone who reports to nobody). */
function depths(people: readonly Person[]): Map<string, number> {
  const byKey = new Map(people.map((p) => [p.key, p]));
  const depth = new Map<string, number>();
  for (const start of people) {
    const chain: Person[] = [];
    let current: Person | undefined = start;
    // Loops were refused by the checks; the `chain.length` bound only guards against misuse.
    while (current && !depth.has(current.key) && chain.length <= people.length) {
      chain.push(current);
      const up: string | undefined = current.managers[0];
      current = up === undefined ? undefined : byKey.get(up);
    }
    let d = current && depth.has(current.key) ? depth.get(current.key)! + 1 : 0;
    for (let i = chain.length - 1; i >= 0; i--) depth.set(chain[i].key, d++);
  }
  return depth;
}
