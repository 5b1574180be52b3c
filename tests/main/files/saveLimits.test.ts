/**
 * Issue 23, broken #2, through the real file service and mirror on a real folder: whatever
 * they write opens again, and a board past the limits is refused before anything is written.
 */
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileService } from '../../../main/files/fileService';
import { createMirror } from '../../../main/files/mirror';
import { LIMITS } from '../../../shared/model/limits';
import { parseBoardValue } from '../../../shared/model/parse';
import { arbitraryBoard } from '../../shared/arbitraryBoard';
import { boardBetweenForms, notesBoard } from '../../shared/model/bigBoards';
import { ports, scriptedDialog, tempFolder } from './helpers';

let dir: Awaited<ReturnType<typeof tempFolder>>;
beforeAll(async () => {
  dir = await tempFolder();
});
afterAll(() => dir.dispose());

const header = (id: string, revision: number) => ({ id, revision, updatedAt: 1000 + revision, name: `Board ${id}` });
/** Equal in meaning: as JSON values. */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('the desktop mirror reads back what it writes (issue 23)', () => {
  it('any board within the limits: mirror write → read gives the same board (property)', async () => {
    const mirror = createMirror({ fs, userData: join(dir.path, 'prop') });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(arbitraryBoard, async (board) => {
        const id = `b${n++}`;
        expect(await mirror.write(header(id, 1), board)).toEqual({ ok: true, written: true });
        const read = await mirror.read(id);
        if (!read.ok) throw new Error(JSON.stringify(read));
        const parsed = parseBoardValue(board);
        expect(asJson(read.board)).toEqual(asJson(parsed.ok && parsed.value));
        expect((await mirror.list()).find((entry) => entry.id === id)).toMatchObject({ ok: true });
      }),
      { numRuns: 40, seed: 23_03 },
    );
  });

  it('a board whose indented text would pass the limit: the mirror and Save as both open again', async () => {
    const board = boardBetweenForms();
    const mirror = createMirror({ fs, userData: join(dir.path, 'big') });
    expect(await mirror.write(header('big', 1), board)).toEqual({ ok: true, written: true });
    const read = await mirror.read('big');
    expect(read.ok && read.board.nodes.length).toBe(board.nodes.length);
    expect((await mirror.list())[0]).toMatchObject({ ok: true, id: 'big' });

    const dialog = scriptedDialog();
    const files = createFileService(ports(join(dir.path, 'ud'), dialog));
    const file = join(dir.path, 'big.orgcanvas');
    dialog.saveAnswers.push(file);
    expect(await files.saveAs(board)).toMatchObject({ ok: true });
    expect((await fs.readFile(file, 'utf8')).length).toBeLessThanOrEqual(LIMITS.maxChars);
    dialog.openAnswers.push(file);
    const opened = await files.open();
    expect(opened.ok && opened.board.nodes.length).toBe(board.nodes.length);
  });

  it('a board past the character limit is not written, and the mirror and file keep what they held', async () => {
    const mirror = createMirror({ fs, userData: join(dir.path, 'over') });
    const small = notesBoard(3, 10);
    expect(await mirror.write(header('over', 1), small)).toEqual({ ok: true, written: true });
    const over = notesBoard(1_700, LIMITS.maxTextChars);
    const refused = await mirror.write(header('over', 2), over);
    expect(refused).toMatchObject({ ok: false, code: 'invalidBoard', problems: [{ code: 'tooLargeToSave', params: { limit: LIMITS.maxChars } }] });
    const read = await mirror.read('over');
    expect(read.ok && read.header.revision).toBe(1);
    expect(read.ok && read.board.nodes.length).toBe(3);

    const dialog = scriptedDialog();
    const files = createFileService(ports(join(dir.path, 'ud2'), dialog));
    const file = join(dir.path, 'over.orgcanvas');
    dialog.saveAnswers.push(file);
    expect(await files.saveAs(over)).toMatchObject({ ok: false, problems: [{ code: 'tooLargeToSave' }] });
    await expect(fs.stat(file)).rejects.toThrow();
  });

  it('a file too large to read names the board limit in characters, not the byte bound', async () => {
    const file = join(dir.path, 'huge.orgcanvas');
    const handle = await fs.open(file, 'w');
    await handle.truncate(LIMITS.maxChars * 3 + 1);
    await handle.close();
    const dialog = scriptedDialog();
    const files = createFileService(ports(join(dir.path, 'ud3'), dialog));
    dialog.openAnswers.push(file);
    expect(await files.open()).toMatchObject({ ok: false, problems: [{ code: 'fileTooLarge', params: { size: LIMITS.maxChars * 3 + 1, limit: 16_777_216 } }] });
  });
});
