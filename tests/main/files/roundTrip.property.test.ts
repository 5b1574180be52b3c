// Through the real file service and a real folder: save → open → save is byte-identical.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileService } from '../../../main/files/fileService';
import { arbitraryBoard } from '../../shared/arbitraryBoard';
import { ports, scriptedDialog, tempFolder } from './helpers';

let dir: Awaited<ReturnType<typeof tempFolder>>;
beforeAll(async () => {
  dir = await tempFolder();
});
afterAll(() => dir.dispose());

describe('file round trip (property)', () => {
  it('any valid board saved, opened and saved again gives the same bytes', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(arbitraryBoard, async (board) => {
        const dialog = scriptedDialog();
        const files = createFileService(ports(join(dir.path, 'ud'), dialog));
        const first = join(dir.path, `a${n}.orgcanvas`);
        const second = join(dir.path, `b${n++}.orgcanvas`);
        dialog.saveAnswers.push(first, second);
        expect(await files.saveAs(board)).toMatchObject({ ok: true });
        dialog.openAnswers.push(first);
        const opened = await files.open();
        if (!opened.ok) throw new Error(JSON.stringify(opened));
        expect(await files.saveAs(opened.board)).toMatchObject({ ok: true });
        expect(await readFile(second, 'utf8')).toBe(await readFile(first, 'utf8'));
      }),
      { numRuns: 40 },
    );
  });
});
