/**
 * Benchmark boards, generated from a fixed seed so every run measures the same board.
 *
 * The mix follows what a real workshop board of an organisation that has grown big looks
 * like: departments with their roles inside, a few cross-functional teams, many tasks each
 * owned through a `responsible` edge (one `A`, some extra R/C/I), tasks serving objectives,
 * external parties, and sticky notes. Sizes: S = 100 nodes / 150 edges, M = 1,000 / 1,500,
 * L = 5,000 / 7,500 (issue 9). Every board is valid per `parseBoard`; the smoke test checks.
 */
import type { Board, BoardEdge, BoardNode, RoleNode, TaskNode } from '../../shared/model/board';
import {
  DEPARTMENT_TYPES,
  EXTERNAL_TYPES,
  OBJECTIVE_TYPES,
  RACI_LETTERS,
  ROLE_TYPES,
  TASK_TYPES,
  type Raci,
} from '../../shared/model/vocabulary';
import { seededRandom } from '../fixtures/seededRandom';

export const BENCH_SIZES = {
  S: { nodes: 100, edges: 150 },
  M: { nodes: 1_000, edges: 1_500 },
  L: { nodes: 5_000, edges: 7_500 },
} as const;
export type BenchSize = keyof typeof BENCH_SIZES;

export const BENCH_SEED = 20_261_122;

const ROLES_PER_DEPARTMENT = 9;
/** Role boxes inside a department: 3 columns by 3 rows under the header band. */
const ROLE_W = 260;
const ROLE_H = 132;
const DEPT_PAD = 20;
const DEPT_HEADER = 60;
const DEPT_W = DEPT_PAD + 3 * (ROLE_W + DEPT_PAD);
const DEPT_H = DEPT_HEADER + 3 * (ROLE_H + DEPT_PAD);

const DEPARTMENT_LABELS: Record<(typeof DEPARTMENT_TYPES)[number], string> = {
  marketing: 'Marketing',
  communications: 'Communicatie',
  'customer-service': 'Klantenservice',
  sales: 'Sales',
  it: 'IT',
  hr: 'HR',
  rnd: 'R&D',
  operations: 'Operations',
  board: 'Directie',
  legal: 'Juridische zaken',
  webcare: 'Webcare',
  other: 'Facilitair',
};
const REGIONS = ['Noord', 'Zuid', 'Oost', 'West', 'Benelux', 'DACH', 'Nordics', 'UK', 'France', 'Iberia'];
const FIRST_NAMES = ['Anouk', 'Bram', 'Daan', 'Eva', 'Fleur', 'Jesse', 'Lotte', 'Milan', 'Noor', 'Ruben', 'Sanne', 'Thijs'];
const NOTE_TEXTS = [
  'Wie beslist bij een crisis buiten kantooruren?',
  'Budget voor tooling nog niet rond',
  'Check with legal on influencer contracts',
  'Stuurgroep komt maandelijks samen',
  'Webcare rooster: ook in het weekend?',
  'KPI: response time under 2 hours',
];

interface Counts {
  department: number;
  role: number;
  team: number;
  task: number;
  objective: number;
  external: number;
  note: number;
}

/** Proportions per 100 nodes: 4 departments (36 roles inside), 2 teams, 40 tasks, 6 of each other kind. */
function countsFor(nodes: number): Counts {
  const department = Math.round(nodes * 0.04);
  const team = Math.round(nodes * 0.02);
  const objective = Math.round(nodes * 0.06);
  const external = Math.round(nodes * 0.06);
  const note = Math.round(nodes * 0.06);
  const role = department * ROLES_PER_DEPARTMENT;
  const task = nodes - department - team - objective - external - note - role;
  return { department, role, team, task, objective, external, note };
}

export function generateBoard(size: BenchSize, seed = BENCH_SEED): Board {
  const target = BENCH_SIZES[size];
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const counts = countsFor(target.nodes);
  const nodes: BoardNode[] = [];
  const edges: BoardEdge[] = [];
  const edgeKeys = new Set<string>();
  const addEdge = (kind: BoardEdge['kind'], source: string, target: string, raci?: Raci): boolean => {
    const key = `${kind}:${source}:${target}`;
    if (source === target || edgeKeys.has(key)) return false;
    edgeKeys.add(key);
    edges.push({ id: `e${edges.length + 1}`, kind, source, target, ...(raci ? { data: { raci } } : {}) });
    return true;
  };

  // Departments in a grid on the left; each holds its roles, positioned relative to it.
  const deptColumns = Math.max(1, Math.ceil(Math.sqrt(counts.department)));
  const departments: { id: string; type: (typeof DEPARTMENT_TYPES)[number] }[] = [];
  const rolesByDepartment: RoleNode[][] = [];
  for (let d = 0; d < counts.department; d++) {
    // The board (directie) comes first so every size has a sponsor; then each type once.
    const type = d === 0 ? 'board' : d <= DEPARTMENT_TYPES.length ? DEPARTMENT_TYPES[d - 1]! : pick(DEPARTMENT_TYPES);
    const id = `d${d + 1}`;
    const region = d <= DEPARTMENT_TYPES.length ? '' : ` ${pick(REGIONS)}`;
    departments.push({ id, type });
    nodes.push({
      id,
      kind: 'department',
      label: `${DEPARTMENT_LABELS[type]}${region}`,
      position: { x: (d % deptColumns) * (DEPT_W + 80), y: Math.floor(d / deptColumns) * (DEPT_H + 80) },
      width: DEPT_W,
      height: DEPT_H,
      data: { departmentType: type },
    });
    const roles: RoleNode[] = [];
    for (let r = 0; r < ROLES_PER_DEPARTMENT; r++) {
      const roleType = r === 0 ? 'social-media-manager' : pick(ROLE_TYPES);
      const role: RoleNode = {
        id: `r${d * ROLES_PER_DEPARTMENT + r + 1}`,
        kind: 'role',
        label: roleType === 'other' ? 'Redacteur' : roleType.replace(/-/g, ' '),
        parentId: id,
        position: { x: DEPT_PAD + (r % 3) * (ROLE_W + DEPT_PAD), y: DEPT_HEADER + Math.floor(r / 3) * (ROLE_H + DEPT_PAD) },
        data: { roleType, mandate: random() < 0.3, budget: random() < 0.2, ...(random() < 0.5 ? { person: pick(FIRST_NAMES) } : {}) },
      };
      roles.push(role);
      nodes.push(role);
    }
    rolesByDepartment.push(roles);
  }
  const allRoles = rolesByDepartment.flat();

  // Everything else sits to the right of the departments, one kind per band of columns.
  const left = deptColumns * (DEPT_W + 80) + 200;
  const place = (index: number, column0: number, columns: number, w: number, h: number) => ({
    x: left + (column0 + (index % columns)) * (w + 60),
    y: Math.floor(index / columns) * (h + 60),
  });
  const bandColumns = Math.max(2, Math.ceil(Math.sqrt(counts.task / 2)));

  const teams: string[] = [];
  for (let i = 0; i < counts.team; i++) {
    const id = `tm${i + 1}`;
    teams.push(id);
    nodes.push({ id, kind: 'team', label: i === 0 ? 'Social media team' : i === 1 ? 'Stuurgroep' : `Team ${pick(REGIONS)} ${i + 1}`, position: place(i, 0, 2, 260, 110), data: {} });
  }
  const tasks: TaskNode[] = [];
  for (let i = 0; i < counts.task; i++) {
    // Cycle through the types first so every board has strategy, policy, webcare…
    const taskType = i < TASK_TYPES.length ? TASK_TYPES[i]! : pick(TASK_TYPES);
    const task: TaskNode = {
      id: `t${i + 1}`,
      kind: 'task',
      label: `${taskType.replace(/-/g, ' ')} ${i + 1}`,
      position: place(i, 3, bandColumns, 260, 120),
      data: { taskType, ...(random() < 0.15 ? { kpi: random() < 0.3 ? 'Aantal volgers' : 'Reactietijd onder 2 uur' } : {}) },
    };
    tasks.push(task);
    nodes.push(task);
  }
  const objectives: string[] = [];
  for (let i = 0; i < counts.objective; i++) {
    const objectiveType = OBJECTIVE_TYPES[i % OBJECTIVE_TYPES.length]!;
    const id = `o${i + 1}`;
    objectives.push(id);
    nodes.push({ id, kind: 'objective', label: `${objectiveType.replace(/-/g, ' ')} ${i + 1}`, position: place(i, 4 + bandColumns, 2, 260, 90), data: { objectiveType } });
  }
  const externals: string[] = [];
  for (let i = 0; i < counts.external; i++) {
    const externalType = pick(EXTERNAL_TYPES);
    const id = `x${i + 1}`;
    externals.push(id);
    nodes.push({ id, kind: 'external', label: `Bureau ${pick(REGIONS)} ${i + 1}`, position: place(i, 7 + bandColumns, 2, 240, 90), data: { externalType } });
  }
  for (let i = 0; i < counts.note; i++) {
    nodes.push({ id: `n${i + 1}`, kind: 'note', label: pick(NOTE_TEXTS), position: place(i, 10 + bandColumns, 2, 220, 140), data: {} });
  }

  // Edges, most structural first; extra R/C/I edges then fill up to the exact target count.
  for (const task of tasks) {
    const roll = random();
    const owner = roll < 0.8 ? pick(allRoles).id : roll < 0.9 ? pick(externals) : roll < 0.95 ? pick(teams) : pick(departments).id;
    addEdge('responsible', owner, task.id, 'A');
    addEdge('serves', task.id, pick(objectives));
  }
  for (let t = 0; t < teams.length; t++) addEdge('leads', pick(allRoles).id, teams[t]!);
  departments.forEach((department, d) => addEdge('leads', rolesByDepartment[d]![0]!.id, department.id));
  const boardDepartments = departments.filter((d) => d.type === 'board');
  for (const team of teams) addEdge('sponsors', pick(boardDepartments).id, team);
  const memberships = Math.round(target.nodes * 0.2);
  for (let i = 0; edges.length < target.edges && i < memberships; i++) addEdge('member', pick(allRoles).id, pick(teams));
  const reports = Math.round(target.nodes * 0.12);
  for (let i = 0; edges.length < target.edges && i < reports; i++) {
    const d = Math.floor(random() * departments.length);
    const role = pick(rolesByDepartment[d]!);
    addEdge('reports', role.id, random() < 0.5 ? departments[d]!.id : rolesByDepartment[d]![0]!.id);
  }
  const letters = RACI_LETTERS.filter((l) => l !== 'A');
  while (edges.length < target.edges) addEdge('responsible', pick(allRoles).id, pick(tasks).id, pick(letters));

  return {
    format: 'orgcanvas',
    version: 2,
    profile: { name: `Benchmark ${size}`, size: 'large', market: 'both', culture: 'hierarchical' },
    nodes,
    edges,
  };
}
