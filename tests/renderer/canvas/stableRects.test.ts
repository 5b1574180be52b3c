import { describe, expect, it } from 'vitest';
import { absoluteRects } from '../../../shared/geometry/geometry';
import type { BoardNode } from '../../../shared/model/board';
import { createStableRects } from '../../../renderer/canvas/edges/stableRects';

const dept: BoardNode = { id: 'd', kind: 'department', label: 'Marketing', position: { x: 100, y: 100 }, width: 400, height: 300, data: { departmentType: 'marketing' } } as BoardNode;
const role: BoardNode = { id: 'r', kind: 'role', label: 'Strategist', parentId: 'd', position: { x: 20, y: 64 }, data: { roleType: 'strategist' } } as BoardNode;
const task: BoardNode = { id: 't', kind: 'task', label: 'Webcare', position: { x: 700, y: 100 }, data: { taskType: 'webcare' } } as BoardNode;

describe('createStableRects', () => {
  it('gives the same rectangles as absoluteRects', () => {
    const rectsOf = createStableRects();
    expect(new Map(rectsOf([dept, role, task]))).toEqual(absoluteRects({ nodes: [dept, role, task] }));
  });

  it('keeps the same object for every node whose rectangle did not change', () => {
    const rectsOf = createStableRects();
    const first = rectsOf([dept, role, task]);
    const moved = { ...task, position: { x: 740, y: 120 } };
    const second = rectsOf([dept, role, moved]);
    expect(second.get('d')).toBe(first.get('d'));
    expect(second.get('r')).toBe(first.get('r'));
    expect(second.get('t')).not.toBe(first.get('t'));
    expect(second.get('t')).toMatchObject({ x: 740, y: 120 });
  });

  it('gives a moved department and the roles inside it new rectangles', () => {
    const rectsOf = createStableRects();
    const first = rectsOf([dept, role, task]);
    const second = rectsOf([{ ...dept, position: { x: 150, y: 100 } }, role, task]);
    expect(second.get('d')).not.toBe(first.get('d'));
    expect(second.get('r')).not.toBe(first.get('r'));
    expect(second.get('r')).toMatchObject({ x: 170, y: 164 });
    expect(second.get('t')).toBe(first.get('t'));
  });

  it('keeps an unchanged rectangle even when its node object is new (an undo restores equal values)', () => {
    const rectsOf = createStableRects();
    const first = rectsOf([dept, role, task]);
    const second = rectsOf([{ ...dept }, { ...role }, { ...task }]);
    for (const id of ['d', 'r', 't']) expect(second.get(id)).toBe(first.get(id));
  });

  it('forgets deleted nodes', () => {
    const rectsOf = createStableRects();
    rectsOf([dept, role, task]);
    expect(rectsOf([dept, role]).has('t')).toBe(false);
  });
});
