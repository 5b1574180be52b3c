/**
 * Builds `window.orgcanvas` from the contract: one invoker per request, one subscriber per
 * event, nothing else. The page never sees ipcRenderer or an IPC event object (whose
 * `sender` would hand it ipcRenderer back). This and preload.ts are the only files that
 * may touch ipcRenderer (lint enforces it).
 */
import type { IpcRenderer } from 'electron';
import { channelName, type ChannelSpec } from '../../shared/ipc/define';

type IpcPort = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

/** Only the kind of each entry matters here; the schemas are main's business. */
export type ChannelKinds = Readonly<Record<string, Pick<ChannelSpec, 'kind'>>>;

/** The contract reduced to `{ name: { kind } }` (what the preload bundle carries instead of zod). */
export function channelKinds(contract: ChannelKinds): Record<string, Pick<ChannelSpec, 'kind'>> {
  return Object.fromEntries(Object.entries(contract).map(([name, spec]) => [name, { kind: spec.kind }]));
}

export function buildApi(channels: ChannelKinds, ipcRenderer: IpcPort): Readonly<Record<string, unknown>> {
  const api: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(channels)) {
    const channel = channelName(name);
    if (spec.kind === 'invoke') {
      // Exactly one argument crosses: main refuses more.
      api[name] = (payload?: unknown) => ipcRenderer.invoke(channel, payload);
    } else if (spec.kind === 'event') {
      api[name] = (listener: unknown) => {
        if (typeof listener !== 'function') throw new TypeError(`window.orgcanvas.${name} needs a function`);
        const forward = (_event: unknown, payload: unknown) => (listener as (value: unknown) => void)(payload);
        ipcRenderer.on(channel, forward);
        return () => {
          ipcRenderer.removeListener(channel, forward);
        };
      };
    } else {
      throw new Error(`IPC contract entry "${name}" has an unknown kind`);
    }
  }
  return Object.freeze(api);
}
