/**
 * A valid multi-MB board for the fault tests: `departments` departments of 9 roles + tasks.
 * `notes` on every task keep a board within LIMITS.maxNodes (19 nodes a department: at most
 * 263 departments) large enough that a kill lands inside a save.
 */
import { emptyBoard, type Board, type BoardEdge, type BoardNode } from '../../shared/model/board';

export const TASK_NOTE = 'Agreed in the workshop: who drafts, who approves, and when it goes out. '.repeat(5);

export function bigBoard(departments: number, name: string, shift = 0, notes?: string): Board {
  const board = emptyBoard({ name, size: 'large' });
  const nodes: BoardNode[] = [];
  const edges: BoardEdge[] = [];
  for (let d = 0; d < departments; d++) {
    nodes.push({ id: `d${d}`, kind: 'department', label: `Department ${d} ${name}`, position: { x: d * 400 + shift, y: 0 }, data: { departmentType: 'marketing' } });
    for (let r = 0; r < 9; r++) {
      const role = `d${d}r${r}`;
      nodes.push({ id: role, kind: 'role', label: `Role ${r} of ${d}`, parentId: `d${d}`, position: { x: 10, y: 40 * r + shift }, data: { roleType: 'content-creator', mandate: r === 0, budget: false, person: `Person ${d}.${r}` } });
      nodes.push({ id: `${role}t`, kind: 'task', label: `Task for ${role}`, position: { x: d * 400 + 200, y: 40 * r + shift }, data: { taskType: 'content-marketing', kpi: 'Reach among prospects, measured monthly', ...(notes ? { notes } : {}) } });
      edges.push({ id: `${role}e`, kind: 'responsible', source: role, target: `${role}t`, data: { raci: 'A' } });
    }
  }
  return { ...board, nodes, edges };
}
