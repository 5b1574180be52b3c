import * as fs from 'node:fs/promises';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { IpcRefusal, missingHandlers, registerHandlers, senderProblem, sendEvent } from '../../../main/electron/ipc';
import { createFileService } from '../../../main/files/fileService';
import { fileHandlers } from '../../../main/files/handlers';
import { createMirror } from '../../../main/files/mirror';
import type { FsPort } from '../../../main/files/ports';
import { contract } from '../../../shared/ipc/contract';
import { channelName, invoke, invokeNames } from '../../../shared/ipc/define';
import { fakeIpcMain, FakeWebContents, senderEvent } from './fakeElectron';
import { OpenRequestQueue } from '../../../main/electron/openRequests';

const FOREIGN_SENDERS: [string, ReturnType<typeof senderEvent>][] = [
  ['a web page', senderEvent('https://evil.example/')],
  ['a local file', senderEvent('file:///tmp/evil.html')],
  ['a look-alike host', senderEvent('app://orgcanvas.evil/index.html')],
  ['another app host', senderEvent('app://other/index.html')],
  ['credentials in the URL', senderEvent('app://user@orgcanvas/index.html')],
  ['a port on the app host', senderEvent('app://orgcanvas:1234/index.html')],
  ['an about:blank frame', senderEvent('about:blank')],
  ['a data: page', senderEvent('data:text/html,hi')],
  ['a devtools page', senderEvent('devtools://devtools/bundled/inspector.html')],
  ['an iframe inside the app', senderEvent('app://orgcanvas/index.html', { subframe: true })],
  ['a destroyed frame', senderEvent('app://orgcanvas/index.html', { noFrame: true })],
  ['garbage', { senderFrame: { url: 'not a url', parent: null } } as any],
];

/** A handler for every request that must never run, and counts if it does. */
function trippedHandlers() {
  const calls: string[] = [];
  const handlers = Object.fromEntries(
    invokeNames(contract).map((name) => [
      name,
      (payload: unknown) => {
        calls.push(name);
        void payload;
        throw new Error('handler must not run');
      },
    ]),
  );
  return { calls, handlers };
}

describe('sender check', () => {
  it('accepts only the top-level app page', () => {
    expect(senderProblem(senderEvent('app://orgcanvas/index.html?lang=nl') as any)).toBeNull();
    for (const [name, event] of FOREIGN_SENDERS) expect(senderProblem(event as any), name).not.toBeNull();
  });
});

describe('registerHandlers', () => {
  it('registers one channel per contract request, under the contract prefix', () => {
    const ipc = fakeIpcMain();
    const { handlers } = trippedHandlers();
    const registered = registerHandlers(ipc, contract, handlers as any);
    expect(registered).toEqual(invokeNames(contract));
    expect([...ipc.handlers.keys()]).toEqual(invokeNames(contract).map(channelName));
    expect(missingHandlers(contract, registered)).toEqual([]);
    expect(missingHandlers(contract, registered.slice(1))).toEqual([registered[0]]);
  });

  it('refuses a handler for a name the contract does not list', () => {
    expect(() => registerHandlers(fakeIpcMain(), contract, { readAnyFile: () => 'x' } as any)).toThrow(/not a request in the contract/);
    expect(() => registerHandlers(fakeIpcMain(), contract, { onOpenRequest: () => undefined } as any)).toThrow(/not a request/);
  });

  it.each(FOREIGN_SENDERS)('refuses every request from %s without running a handler', async (_name, event) => {
    const ipc = fakeIpcMain();
    const { calls, handlers } = trippedHandlers();
    const refusals: string[] = [];
    registerHandlers(ipc, contract, handlers as any, { onRefusal: (channel) => refusals.push(channel) });
    for (const [channel, listener] of ipc.handlers) {
      await expect(Promise.resolve().then(() => listener(event, undefined))).rejects.toBeInstanceOf(IpcRefusal);
      await expect(Promise.resolve().then(() => listener(event, { id: 'b1' }))).rejects.toThrow(/refused: /);
      expect(refusals).toContain(channel);
    }
    expect(calls).toEqual([]);
  });

  it('refuses extra arguments and invalid payloads, naming the problem', async () => {
    const ipc = fakeIpcMain();
    const { calls, handlers } = trippedHandlers();
    registerHandlers(ipc, contract, handlers as any);
    const mirrorRead = ipc.handlers.get(channelName('mirrorRead'))!;
    await expect(mirrorRead(senderEvent(), { id: '../../etc' })).rejects.toThrow(/invalid payload: id: /);
    await expect(mirrorRead(senderEvent(), { id: 'b1', extra: 1 })).rejects.toThrow(/invalid payload/);
    await expect(mirrorRead(senderEvent(), { id: 'b1' }, 'second')).rejects.toThrow(/at most one argument/);
    const appInfo = ipc.handlers.get(channelName('getAppInfo'))!;
    await expect(appInfo(senderEvent(), { sneaky: true })).rejects.toThrow(/invalid payload/);
    expect(calls).toEqual([]);
  });

  it('hands the parsed payload to the handler and checks the answer against the contract', async () => {
    const tiny = {
      echo: invoke({ payload: z.object({ n: z.number() }).strict(), result: z.object({ n: z.number() }).strict() }),
      leak: invoke({ payload: z.undefined(), result: z.object({ ok: z.boolean() }).strict() }),
    };
    const ipc = fakeIpcMain();
    const echo = vi.fn((payload: { n: number }) => ({ n: payload.n + 1 }));
    registerHandlers(ipc, tiny, { echo, leak: () => ({ ok: true, secretPath: '/home/me' }) as any });
    expect(await ipc.handlers.get('orgcanvas:echo')!(senderEvent(), { n: 1 })).toEqual({ n: 2 });
    expect(echo).toHaveBeenCalledWith({ n: 1 });
    await expect(ipc.handlers.get('orgcanvas:leak')!(senderEvent())).rejects.toThrow(/answered outside the contract/);
  });

  it('survives thousands of random payloads: a handler runs only when the contract accepts the payload', async () => {
    const ipc = fakeIpcMain();
    const { calls, handlers } = trippedHandlers();
    registerHandlers(ipc, contract, handlers as any);
    const channels = [...ipc.handlers.entries()];
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...channels), fc.array(fc.anything({ withObjectString: true, withNullPrototype: true }), { maxLength: 2 }), async ([channel, listener], args) => {
        const name = channel.slice('orgcanvas:'.length);
        const spec = contract[name as keyof typeof contract];
        const valid = args.length <= 1 && spec.payload.safeParse(args[0]).success;
        const before = calls.length;
        const outcome = await Promise.resolve()
          .then(() => listener(senderEvent(), ...args))
          .then(
            () => 'answered',
            (error: Error) => error,
          );
        if (valid) {
          accepted++;
          expect(calls.length).toBe(before + 1);
        } else {
          expect(calls.length).toBe(before);
          expect(outcome).toBeInstanceOf(IpcRefusal);
        }
      }),
      { numRuns: 5000 },
    );
    // fc.anything() rarely hits a valid object; undefined-payload requests are the valid ones.
    expect(accepted).toBeGreaterThan(0);
  });
});

describe('the real file handlers behind the IPC layer', () => {
  let userData: string;
  let writes: string[];
  let ipc: ReturnType<typeof fakeIpcMain>;

  beforeAll(async () => {
    userData = await mkdtemp(path.join(os.tmpdir(), 'orgcanvas-ipc-'));
    writes = [];
    // The real file system, with every call that changed the disk recorded (a removal of a
    // file that is not there changes nothing and fails, so it is not a write).
    const record = async <T>(what: string, action: () => Promise<T>): Promise<T> => {
      const result = await action();
      writes.push(what);
      return result;
    };
    const recordingFs: FsPort = {
      ...fs,
      open: ((file: string, flags?: string, mode?: number) =>
        flags && /[wa+]/.test(String(flags)) ? record(`open ${flags} ${file}`, () => fs.open(file, flags, mode)) : fs.open(file, flags, mode)) as FsPort['open'],
      rename: (from, to) => record(`rename ${String(from)} ${String(to)}`, () => fs.rename(from, to)),
      unlink: (file) => record(`unlink ${String(file)}`, () => fs.unlink(file)),
    };
    const dialog = { chooseOpenPath: async () => path.join(userData, 'picked.orgcanvas'), chooseSavePath: async (name: string) => path.join(userData, name || 'saved.orgcanvas') };
    const ports = { fs: recordingFs, dialog, clock: { now: () => Date.now() }, userData };
    ipc = fakeIpcMain();
    registerHandlers(ipc, contract, fileHandlers(createFileService(ports), createMirror(ports), (id) => new OpenRequestQueue().claim(id)) as any);
  });

  afterAll(() => rm(userData, { recursive: true, force: true }));

  it('lets no foreign sender reach them', async () => {
    const validBoard = { format: 'orgcanvas', version: 1, profile: { name: 'X', size: 'small', market: 'b2b', culture: 'informal' }, nodes: [], edges: [] };
    const header = { id: 'b1', revision: 1, updatedAt: 1, name: 'X' };
    for (const [, event] of FOREIGN_SENDERS) {
      await expect(ipc.handlers.get(channelName('mirrorWrite'))!(event, { header, board: validBoard })).rejects.toBeInstanceOf(IpcRefusal);
      await expect(ipc.handlers.get(channelName('fileSaveAs'))!(event, { board: validBoard })).rejects.toBeInstanceOf(IpcRefusal);
    }
    expect(writes).toEqual([]);
    expect(await readdir(userData)).toEqual([]);
  });

  it('write nothing for thousands of random payloads from the app itself', async () => {
    const header = fc.record({ id: fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/), revision: fc.nat(), updatedAt: fc.nat(), name: fc.string({ maxLength: 20 }) });
    const randomBoard = fc.oneof(fc.anything(), fc.record({ format: fc.constant('orgcanvas'), version: fc.oneof(fc.constant(1), fc.integer()), nodes: fc.anything(), edges: fc.anything() }));
    const payload = fc.oneof(
      fc.anything({ withNullPrototype: true }),
      fc.record({ header, board: randomBoard }),
      fc.record({ board: randomBoard, suggestedName: fc.string({ maxLength: 30 }) }),
      fc.record({ handle: fc.stringMatching(/^[A-Za-z0-9_-]{8,16}$/), board: randomBoard }),
      fc.record({ id: fc.string({ maxLength: 90 }) }),
    );
    const fileChannels = [...ipc.handlers.entries()].filter(([channel]) => /:(file|mirror)/.test(channel));
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fileChannels), payload, async ([, listener], value) => {
        await Promise.resolve()
          .then(() => listener(senderEvent(), value))
          .then(
            () => answered++,
            (error: Error) => expect(error).toBeInstanceOf(IpcRefusal),
          );
      }),
      { numRuns: 3000 },
    );
    expect(answered).toBeGreaterThan(0);
    expect(writes).toEqual([]);
    expect((await readdir(userData, { recursive: true })).filter((f) => /\.(orgcanvas|json|tmp|bak)$/.test(String(f)))).toEqual([]);
  }, 60_000);
});

describe('sendEvent', () => {
  it('sends a contract event after checking its payload', () => {
    const contents = new FakeWebContents();
    sendEvent(contents as any, contract, 'onOpenRequest', { requestId: 'abcdefgh12', name: 'Acme.orgcanvas' });
    expect(contents.sent).toEqual([['orgcanvas:onOpenRequest', { requestId: 'abcdefgh12', name: 'Acme.orgcanvas' }]]);
    expect(() => sendEvent(contents as any, contract, 'onOpenRequest', { requestId: '/etc/passwd', name: 'x' } as any)).toThrow();
    expect(() => sendEvent(contents as any, contract, 'getAppInfo' as any, undefined as never)).toThrow(/not an event/);
    contents.destroyed = true;
    expect(sendEvent(contents as any, contract, 'onOpenRequest', { requestId: 'abcdefgh12', name: 'a' })).toBe(false);
    expect(contents.sent).toHaveLength(1);
  });
});
