/**
 * Building a board with a real mouse, in both languages: palette drops (roles into a
 * department), every relation kind, a refused pair, inspector edits, moving a department,
 * undo to empty and redo, copy and paste, auto-layout.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Board } from '../../shared/model/board';
import { absoluteRects } from '../../shared/geometry/geometry';
import { TEXT, board, centreOf, connectByMouse, dropFromPalette, nodeEl, openBoard, shot, undoDepth, type Lang } from './editingHelpers';

test.use({ viewport: { width: 1920, height: 1200 } });

async function pick(page: Page, relation: string, raci?: string) {
  const selector = raci ? `.oc-connect-picker [data-relation="${relation}"][data-raci="${raci}"]` : `.oc-connect-picker [data-relation="${relation}"]`;
  await page.locator(selector).click();
  await expect(page.locator('.oc-connect-picker')).toHaveCount(0);
}

function edgeBetween(b: Board, source: string, target: string) {
  return b.edges.find((e) => e.source === source && e.target === target);
}

for (const lang of ['en', 'nl'] as const satisfies readonly Lang[]) {
  test(`build, connect, edit, move, undo/redo, paste and tidy a board with the mouse (${lang})`, async ({ page, context }) => {
    // A whole session (about 40 steps, each waiting for the app): ~30 s alone, nearer a
    // minute on a loaded 2-core CI machine, so it gets three times the default budget.
    test.slow();
    const T = TEXT[lang];
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openBoard(page, lang);
    await expect(page.locator('.react-flow__node')).toHaveCount(0);

    // --- Build: a department, two roles dropped into it, a team, three tasks, an objective.
    const dept = await dropFromPalette(page, T.palette.department, 450, 330);
    const role1 = await dropFromPalette(page, T.palette.role, 450, 350);
    let b = await board(page);
    expect(b.nodes.find((n) => n.id === role1)!.parentId).toBe(dept);
    const deptBox = (await nodeEl(page, dept).boundingBox())!;
    const role2 = await dropFromPalette(page, T.palette.webcareCoordinator, 450, deptBox.y + deptBox.height - 30);
    b = await board(page);
    expect(b.nodes.find((n) => n.id === role2)).toMatchObject({ parentId: dept, kind: 'role', data: { roleType: 'webcare-coordinator' } });
    // The department grew around both roles.
    const rects = absoluteRects(b);
    for (const r of [role1, role2]) {
      expect(rects.get(r)!.y + rects.get(r)!.height).toBeLessThanOrEqual(rects.get(dept)!.y + rects.get(dept)!.height);
    }
    const team = await dropFromPalette(page, T.palette.team, 880, 300);
    const task1 = await dropFromPalette(page, T.palette.task, 880, 560);
    const task2 = await dropFromPalette(page, T.palette.task, 880, 800);
    const task3 = await dropFromPalette(page, T.palette.task, 1220, 560);
    const objective = await dropFromPalette(page, T.palette.objective, 1220, 820);
    await expect(page.locator('.react-flow__node')).toHaveCount(8);
    await shot(page, `editing-built-${lang}`);

    // --- Connect with every relation kind; the picker offers only what the pair allows.
    await connectByMouse(page, role1, task1);
    await expect(page.locator('.oc-connect-picker [role="menuitem"][data-relation]')).toHaveCount(4);
    await expect(page.locator('.oc-connect-picker').getByRole('menuitem', { name: T.raciAccountable })).toBeVisible();
    await shot(page, `editing-picker-raci-${lang}`);
    await pick(page, 'responsible', 'A');
    await connectByMouse(page, role2, team);
    await expect(page.locator('.oc-connect-picker [data-relation]')).toHaveCount(3); // member, leads, sponsors
    await expect(page.locator('.oc-connect-picker').getByRole('menuitem', { name: T.member })).toBeVisible();
    await shot(page, `editing-picker-team-${lang}`);
    await pick(page, 'member');
    await connectByMouse(page, role1, team);
    await pick(page, 'leads');
    await connectByMouse(page, role2, role1);
    await pick(page, 'reports');
    await connectByMouse(page, role1, role2);
    await pick(page, 'sponsors');
    await connectByMouse(page, team, task3);
    await pick(page, 'responsible', 'C');
    await connectByMouse(page, role2, task2);
    await pick(page, 'responsible', 'R');
    // Only one relation fits task → objective: it connects without asking.
    await connectByMouse(page, task1, objective);
    await expect(page.locator('.oc-connect-picker')).toHaveCount(0);
    b = await board(page);
    expect(edgeBetween(b, role1, task1)).toMatchObject({ kind: 'responsible', data: { raci: 'A' } });
    expect(edgeBetween(b, role2, team)).toMatchObject({ kind: 'member' });
    expect(edgeBetween(b, role1, team)).toMatchObject({ kind: 'leads' });
    expect(edgeBetween(b, role2, role1)).toMatchObject({ kind: 'reports' });
    expect(edgeBetween(b, role1, role2)).toMatchObject({ kind: 'sponsors' });
    expect(edgeBetween(b, team, task3)).toMatchObject({ kind: 'responsible', data: { raci: 'C' } });
    expect(edgeBetween(b, task1, objective)).toMatchObject({ kind: 'serves' });
    expect(new Set(b.edges.map((e) => e.kind))).toEqual(new Set(['responsible', 'member', 'leads', 'reports', 'sponsors', 'serves']));

    // A forbidden pair is refused on the spot, with its reason.
    const edgesBefore = b.edges.length;
    await connectByMouse(page, team, dept, '.oc-department__header');
    await expect(page.getByRole('alert')).toContainText(T.refused);
    await expect(page.getByRole('alert')).toContainText(T.refusal);
    await shot(page, `editing-refused-${lang}`);
    expect((await board(page)).edges).toHaveLength(edgesBefore);

    // The RACI letter changes in place: click the badge, pick a letter.
    await page.locator(`.oc-edge[data-id="${edgeBetween(b, role2, task2)!.id}"] .oc-raci`).click();
    await page.locator('.oc-raci-picker').getByRole('menuitemradio', { name: T.raciAccountable }).click();
    expect(edgeBetween(await board(page), role2, task2)!.data).toEqual({ raci: 'A' });

    // --- Inspector: edit fields of a role and a task.
    await nodeEl(page, role1).click();
    const inspector = page.locator('.oc-inspector');
    await inspector.getByLabel(T.label, { exact: true }).fill('Sanne de Strateeg');
    await inspector.getByLabel(T.label, { exact: true }).press('Enter');
    await inspector.getByLabel(T.person).fill('Sanne');
    await inspector.getByLabel(T.person).press('Tab');
    await inspector.getByLabel(T.mandate).check();
    await nodeEl(page, task1).click();
    await inspector.getByLabel(T.taskType).selectOption('strategy');
    await inspector.getByLabel(T.kpi).fill('Share of voice');
    await inspector.getByLabel(T.kpi).press('Enter');
    b = await board(page);
    expect(b.nodes.find((n) => n.id === role1)).toMatchObject({ label: 'Sanne de Strateeg', data: { person: 'Sanne', mandate: true } });
    expect(b.nodes.find((n) => n.id === task1)).toMatchObject({ data: { taskType: 'strategy', kpi: 'Share of voice' } });
    await expect(nodeEl(page, role1)).toContainText('Sanne de Strateeg');
    await shot(page, `editing-inspector-${lang}`);

    // --- Move the department by its header: its roles follow.
    const header = (await nodeEl(page, dept).locator('.oc-department__header').boundingBox())!;
    const roleBefore = (await centreOf(page, role1)).box;
    await page.mouse.move(header.x + header.width - 20, header.y + header.height / 2);
    await page.mouse.down();
    await page.mouse.move(header.x + header.width - 10, header.y + 60, { steps: 4 });
    await page.mouse.move(header.x + header.width + 10, header.y + 130, { steps: 4 });
    await page.mouse.up();
    const roleAfter = (await centreOf(page, role1)).box;
    expect(roleAfter.y - roleBefore.y).toBeGreaterThan(60);
    expect(roleAfter.x - roleBefore.x).toBeGreaterThan(15);
    expect((await board(page)).nodes.find((n) => n.id === role1)!.parentId).toBe(dept);

    // --- Undo everything, step by step, back to the empty board; then redo it all.
    const built = await board(page);
    const steps = (await undoDepth(page)).undo;
    expect(steps).toBe(8 + 8 + 1 + 5 + 1); // adds, connects, RACI letter, inspector fields, the move
    await page.locator('.oc-canvas .react-flow__pane').click({ position: { x: 40, y: 900 } });
    const counts: number[] = [];
    for (let i = 0; i < steps; i++) {
      await page.keyboard.press('Control+Z');
      counts.push((await board(page)).nodes.length);
    }
    expect(counts.at(-1)).toBe(0);
    // Nodes disappear one by one at the end: the adds were one step each.
    expect(counts.slice(-8)).toEqual([7, 6, 5, 4, 3, 2, 1, 0]);
    await expect(page.locator('.react-flow__node')).toHaveCount(0);
    await expect(page.getByRole('button', { name: T.undo })).toBeDisabled();
    for (let i = 0; i < steps; i++) await page.keyboard.press('Control+Shift+Z');
    const redone = await board(page);
    expect(redone.nodes).toEqual(built.nodes);
    expect(redone.edges).toEqual(built.edges);

    // --- Copy the department (with its roles) and paste it: one step, fresh ids.
    await nodeEl(page, dept).locator('.oc-department__header').click();
    await page.keyboard.press('Control+C');
    const beforePaste = await undoDepth(page);
    await page.keyboard.press('Control+V');
    await expect.poll(async () => (await board(page)).nodes.length).toBe(11);
    const pasted = await board(page);
    const newIds = pasted.nodes.map((n) => n.id).filter((id) => !built.nodes.some((n) => n.id === id));
    expect(newIds).toHaveLength(3);
    expect(pasted.edges.length).toBe(built.edges.length + 2); // reports + sponsors between the roles
    expect((await undoDepth(page)).undo).toBe(beforePaste.undo + 1);
    await shot(page, `editing-pasted-${lang}`);
    await page.keyboard.press('Control+Z');
    expect((await board(page)).nodes).toHaveLength(8);

    // --- Auto-layout: animated, tidy, one undo step.
    const beforeLayout = await undoDepth(page);
    await page.getByRole('button', { name: T.layout }).click();
    await expect.poll(async () => (await undoDepth(page)).undo, { timeout: 10_000 }).toBe(beforeLayout.undo + 1);
    // ELK ran in a web worker, not on the page's thread.
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('elk-worker')))).toBe(true);
    const laid = await board(page);
    const laidRects = absoluteRects(laid);
    // The templates' bands (issue 21): tasks below the department, objectives below the tasks.
    expect(laidRects.get(task1)!.y).toBeGreaterThan(laidRects.get(dept)!.y + laidRects.get(dept)!.height);
    expect(laidRects.get(objective)!.y).toBeGreaterThan(laidRects.get(task1)!.y + laidRects.get(task1)!.height);
    expect(laid.nodes.find((n) => n.id === role2)!.parentId).toBe(dept);
    await page.waitForTimeout(400);
    await shot(page, `editing-laid-out-${lang}`);
    await page.keyboard.press('Control+Z');
    expect((await board(page)).nodes).toEqual(built.nodes);
    expect(errors).toEqual([]);
  });
}
