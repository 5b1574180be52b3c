import { describe, expect, it, vi } from 'vitest';
import { buildApi, channelKinds } from '../../../main/preload/api';
import { contract } from '../../../shared/ipc/contract';

function fakeIpcRenderer() {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    listeners,
    invoke: vi.fn(async (..._args: unknown[]) => 'answer'),
    on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
    }),
    removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
      listeners.get(channel)?.delete(listener);
    }),
    emit(channel: string, ...args: unknown[]) {
      for (const listener of listeners.get(channel) ?? []) listener(...args);
    },
  };
}

describe('preload api', () => {
  it('has exactly one frozen member per contract entry', () => {
    const api = buildApi(channelKinds(contract), fakeIpcRenderer() as any);
    expect(Object.keys(api).sort()).toEqual(Object.keys(contract).sort());
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.values(api).every((member) => typeof member === 'function')).toBe(true);
  });

  it('invokes the contract channel with exactly one argument', async () => {
    const ipc = fakeIpcRenderer();
    const api = buildApi(channelKinds(contract), ipc as any) as any;
    await expect(api.mirrorRead({ id: 'b1' }, 'ignored extra')).resolves.toBe('answer');
    expect(ipc.invoke).toHaveBeenCalledWith('orgcanvas:mirrorRead', { id: 'b1' });
    await api.getAppInfo();
    expect(ipc.invoke).toHaveBeenLastCalledWith('orgcanvas:getAppInfo', undefined);
  });

  it('passes event payloads without the IPC event object, and unsubscribes', () => {
    const ipc = fakeIpcRenderer();
    const api = buildApi(channelKinds(contract), ipc as any) as any;
    const listener = vi.fn();
    const unsubscribe = api.onOpenRequest(listener);
    const ipcEvent = { sender: { secret: 'ipcRenderer' } };
    ipc.emit('orgcanvas:onOpenRequest', ipcEvent, { requestId: 'abcdefgh', name: 'a.orgcanvas' });
    expect(listener).toHaveBeenCalledWith({ requestId: 'abcdefgh', name: 'a.orgcanvas' });
    expect(listener.mock.calls[0]).toHaveLength(1);
    unsubscribe();
    ipc.emit('orgcanvas:onOpenRequest', ipcEvent, { requestId: 'ijklmnop', name: 'b.orgcanvas' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(() => api.onOpenRequest('not a function')).toThrow(TypeError);
  });

  it('refuses a contract entry of an unknown kind', () => {
    expect(() => buildApi({ x: { kind: 'stream' as any } }, fakeIpcRenderer() as any)).toThrow(/unknown kind/);
  });
});
