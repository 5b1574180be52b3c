import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoBoard } from '../../../shared/boards/demo';
import { emptyBoard } from '../../../shared/model/board';
import { serializeBoard } from '../../../shared/model/serialize';
import { createFileService } from '../../../main/files/fileService';
import { failingFs, ports, scriptedDialog, tempFolder } from './helpers';
import { OpenRequestQueue } from '../../../main/electron/openRequests';
import { fileHandlers } from '../../../main/files/handlers';
import { createMirror } from '../../../main/files/mirror';

let dir: Awaited<ReturnType<typeof tempFolder>>;
let userData: string;
beforeEach(async () => {
  dir = await tempFolder();
  userData = join(dir.path, 'user-data');
});
afterEach(() => dir.dispose());

function setup() {
  const dialog = scriptedDialog();
  return { dialog, files: createFileService(ports(userData, dialog)) };
}

describe('file service', () => {
  it('Save As writes the board where the dialog says, adding the extension, and Open reads it back', async () => {
    const { dialog, files } = setup();
    dialog.saveAnswers.push(join(dir.path, 'Acme'));
    const saved = await files.saveAs(demoBoard(), 'Acme BV');
    expect(saved).toMatchObject({ ok: true, name: 'Acme.orgcanvas' });
    expect(dialog.suggested).toEqual(['Acme BV.orgcanvas']);
    expect(await readFile(join(dir.path, 'Acme.orgcanvas'), 'utf8')).toBe(serializeBoard(demoBoard()));

    dialog.openAnswers.push(join(dir.path, 'Acme.orgcanvas'));
    const opened = await files.open();
    expect(opened.ok && opened.board).toEqual(demoBoard());
  });

  it('opens a file the OS handed the app by its request id, once, and binds it for Save', async () => {
    const dialog = scriptedDialog();
    const p = ports(userData, dialog);
    const queue = new OpenRequestQueue();
    const handlers = fileHandlers(createFileService(p), createMirror(p), (id) => queue.claim(id));
    const path = join(dir.path, 'Workshop 3.orgcanvas');
    await writeFile(path, serializeBoard(demoBoard()));
    const request = queue.add(path)!;
    expect(request.name).toBe('Workshop 3.orgcanvas');

    const opened = await handlers.fileOpenRequest({ requestId: request.requestId });
    expect(opened).toMatchObject({ ok: true, name: 'Workshop 3.orgcanvas' });
    expect(opened.ok && opened.board).toEqual(demoBoard());
    if (!opened.ok) throw new Error('open failed');
    expect(await handlers.fileSave({ handle: opened.handle, board: emptyBoard({ name: 'edited' }) })).toMatchObject({ ok: true });
    expect(JSON.parse(await readFile(path, 'utf8')).profile.name).toBe('edited');

    // Used once; an id main never handed out opens nothing either.
    expect(await handlers.fileOpenRequest({ requestId: request.requestId })).toMatchObject({ ok: false, code: 'unknownHandle' });
    expect(await handlers.fileOpenRequest({ requestId: 'abcdefghijkl' })).toMatchObject({ ok: false, code: 'unknownHandle' });
    expect(queue.take()).toEqual([]);
  });

  it('reports Cancel as cancelled, writing nothing', async () => {
    const { dialog, files } = setup();
    dialog.saveAnswers.push(undefined);
    expect(await files.saveAs(demoBoard())).toEqual({ ok: false, code: 'cancelled' });
    expect(await files.open()).toEqual({ ok: false, code: 'cancelled' });
    expect(await readdir(dir.path)).toEqual([]);
  });

  it('keeps the replaced version as .bak', async () => {
    const { dialog, files } = setup();
    const path = join(dir.path, 'b.orgcanvas');
    dialog.saveAnswers.push(path);
    const first = await files.saveAs(emptyBoard({ name: 'first' }));
    if (!first.ok) throw new Error('save failed');
    await files.save(first.handle, emptyBoard({ name: 'second' }));
    expect(JSON.parse(await readFile(path, 'utf8')).profile.name).toBe('second');
    expect(JSON.parse(await readFile(`${path}.bak`, 'utf8')).profile.name).toBe('first');
  });

  it('never overwrites a file changed on disk since it was opened, unless told to', async () => {
    const { dialog, files } = setup();
    const path = join(dir.path, 'shared.orgcanvas');
    await writeFile(path, serializeBoard(emptyBoard({ name: 'mine' })));
    dialog.openAnswers.push(path);
    const opened = await files.open();
    if (!opened.ok) throw new Error('open failed');
    const theirs = serializeBoard(emptyBoard({ name: 'a colleague' }));
    await writeFile(path, theirs);

    const refused = await files.save(opened.handle, emptyBoard({ name: 'mine, edited' }));
    expect(refused).toMatchObject({ ok: false, code: 'changedOnDisk', file: 'shared.orgcanvas' });
    expect(await readFile(path, 'utf8')).toBe(theirs);

    const forced = await files.save(opened.handle, emptyBoard({ name: 'mine, edited' }), { overwrite: true });
    expect(forced.ok).toBe(true);
    expect(await readFile(`${path}.bak`, 'utf8')).toBe(theirs);
  });

  it('refuses to save over a file deleted since it was opened, unless told to', async () => {
    const { dialog, files } = setup();
    const path = join(dir.path, 'gone.orgcanvas');
    dialog.saveAnswers.push(path);
    const saved = await files.saveAs(emptyBoard());
    if (!saved.ok) throw new Error('save failed');
    await (await import('node:fs/promises')).unlink(path);
    expect(await files.save(saved.handle, emptyBoard())).toMatchObject({ ok: false, code: 'missingOnDisk' });
  });

  it('refuses an invalid board from the renderer and writes nothing', async () => {
    const { dialog, files } = setup();
    dialog.saveAnswers.push(join(dir.path, 'x.orgcanvas'));
    const result = await files.saveAs({ format: 'orgcanvas', version: 1, nodes: 'no' });
    expect(result).toMatchObject({ ok: false, code: 'invalidBoard' });
    expect(await readdir(dir.path)).toEqual([]);
  });

  it('refuses a damaged file with the parser problems, naming the place', async () => {
    const { dialog, files } = setup();
    const path = join(dir.path, 'bad.orgcanvas');
    const board = JSON.parse(serializeBoard(demoBoard()));
    board.edges[3].target = 't9-missing';
    await writeFile(path, JSON.stringify(board));
    dialog.openAnswers.push(path);
    const result = await files.open();
    expect(result).toMatchObject({ ok: false, code: 'invalidBoard', file: 'bad.orgcanvas' });
    expect(!result.ok && 'problems' in result && result.problems.map((p) => p.path)).toContain('edges[3].target');
  });

  it('an unknown handle from the renderer is refused (handles are main-made)', async () => {
    const { files } = setup();
    expect(await files.save('../../etc/passwd', emptyBoard())).toMatchObject({ ok: false, code: 'unknownHandle' });
  });

  it('keeps a recent list of names without paths, newest first, and opens from it', async () => {
    const { dialog, files } = setup();
    for (const name of ['a', 'b', 'a']) {
      dialog.saveAnswers.push(join(dir.path, `${name}.orgcanvas`));
      await files.saveAs(emptyBoard({ name }));
    }
    const recent = await files.recent();
    expect(recent.map((r) => r.name)).toEqual(['a.orgcanvas', 'b.orgcanvas']);
    expect(JSON.stringify(recent)).not.toContain(dir.path);
    const opened = await files.openRecent(recent[1].id);
    expect(opened.ok && opened.board.profile.name).toBe('b');
    // A recent file deleted meanwhile: a clear notFound, and it leaves the list.
    await (await import('node:fs/promises')).unlink(join(dir.path, 'a.orgcanvas'));
    expect(await files.openRecent(recent[0].id)).toMatchObject({ ok: false, code: 'notFound' });
    expect((await files.recent()).map((r) => r.name)).toEqual(['b.orgcanvas']);
  });

  it('on a full disk says so, keeps the original and .bak, leaves no temp file, and saves once space is back', async () => {
    const dialog = scriptedDialog();
    const path = join(dir.path, 'full.orgcanvas');
    const full = failingFs('ENOSPC', { write: (p) => p.includes('full.orgcanvas.') && p.endsWith('-tmp') });
    full.armed = false;
    const files = createFileService(ports(userData, dialog, full));
    dialog.saveAnswers.push(path);
    const saved = await files.saveAs(emptyBoard({ name: 'v1' }));
    if (!saved.ok) throw new Error('save failed');
    const before = await readFile(path);
    full.armed = true;
    expect(await files.save(saved.handle, demoBoard())).toMatchObject({ ok: false, code: 'noSpace', file: 'full.orgcanvas' });
    expect((await readFile(path)).equals(before)).toBe(true);
    expect((await readdir(dir.path)).filter((n) => n.endsWith('-tmp'))).toEqual([]);
    full.armed = false;
    expect(await files.save(saved.handle, demoBoard())).toMatchObject({ ok: true });
    expect(await readFile(path, 'utf8')).toBe(serializeBoard(demoBoard()));
  });

  it('a read-only folder gives readOnly and changes nothing', async () => {
    const dialog = scriptedDialog();
    const ro = failingFs('EROFS', { open: (p) => p.endsWith('-tmp') });
    const files = createFileService(ports(userData, dialog, ro));
    dialog.saveAnswers.push(join(dir.path, 'ro.orgcanvas'));
    expect(await files.saveAs(demoBoard())).toMatchObject({ ok: false, code: 'readOnly', file: 'ro.orgcanvas' });
    expect(await readdir(dir.path)).toEqual([]);
  });
});
