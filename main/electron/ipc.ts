/**
 * The ONE place main touches ipcMain (lint bans it elsewhere). Every request is checked
 * twice before a handler runs:
 * 1. the sender: the top-level frame of a page served from the app's own origin — not an
 *    iframe, not a page that somehow navigated elsewhere, not a destroyed frame;
 * 2. the payload: parsed with the contract's zod schema; anything else is refused with the
 *    path of the problem and the handler never runs.
 * Answers are parsed with the contract's result schema too, so main can't leak more than
 * the contract promises.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { z } from 'zod';
import { channelName, invokeNames, type Contract, type EventKeys, type EventPayloadOf, type HandlersOf } from '../../shared/ipc/define';
import { APP_ORIGIN, originOf } from './origin';

type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>;

/** Why a sender is refused, or null when it is the app's own top-level page. */
export function senderProblem(event: SenderEvent): string | null {
  const frame = event?.senderFrame;
  if (!frame) return 'no sender frame (destroyed or navigated away)';
  if (frame.parent) return 'sender is a subframe';
  const origin = originOf(frame.url);
  return origin === APP_ORIGIN ? null : `sender origin ${JSON.stringify(String(origin).slice(0, 100))} is not the app`;
}

export class IpcRefusal extends Error {
  override name = 'IpcRefusal';
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(payload)'}: ${issue.message}`)
    .join('; ');
}

type IpcRegistrar = Pick<IpcMain, 'handle'>;

export interface RegisterOptions {
  /** Called for every refusal (foreign sender, bad payload): main logs it. */
  onRefusal?: (channel: string, reason: string) => void;
}

/**
 * Registers one `ipcMain.handle` per handler given. Names not in the contract are a
 * programming error and throw at start.
 */
export function registerHandlers<C extends Contract>(
  ipcMain: IpcRegistrar,
  contract: C,
  handlers: Partial<HandlersOf<C>>,
  options: RegisterOptions = {},
): string[] {
  const registered: string[] = [];
  for (const [name, handler] of Object.entries(handlers) as [string, ((payload: unknown) => unknown) | undefined][]) {
    const spec = contract[name];
    if (!spec || spec.kind !== 'invoke') throw new Error(`IPC handler "${name}" is not a request in the contract`);
    if (typeof handler !== 'function') continue;
    const channel = channelName(name);
    ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      const refuse = (reason: string): never => {
        options.onRefusal?.(channel, reason);
        throw new IpcRefusal(`${channel} refused: ${reason}`);
      };
      const problem = senderProblem(event);
      if (problem) refuse(problem);
      if (args.length > 1) refuse(`expected at most one argument, got ${args.length}`);
      const payload = spec.payload.safeParse(args[0]);
      if (!payload.success) refuse(`invalid payload: ${describeIssues(payload.error)}`);
      const result = await handler(payload.data);
      const checked = spec.result.safeParse(result);
      if (!checked.success) throw new Error(`${channel}: handler answered outside the contract: ${describeIssues(checked.error)}`);
      return checked.data;
    });
    registered.push(name);
  }
  return registered;
}

/** Contract requests that have no handler: the app refuses to start with any (app.ts). */
export function missingHandlers<C extends Contract>(contract: C, registered: readonly string[]): string[] {
  return invokeNames(contract).filter((name) => !registered.includes(name));
}

/** Sends a contract event to a page, after checking the payload against the contract. */
export function sendEvent<C extends Contract, K extends EventKeys<C> & string>(
  contents: Pick<WebContents, 'send' | 'isDestroyed'>,
  contract: C,
  name: K,
  payload: EventPayloadOf<C, K>,
): boolean {
  const spec = contract[name];
  if (!spec || spec.kind !== 'event') throw new Error(`"${name}" is not an event in the contract`);
  const parsed = spec.payload.parse(payload);
  if (contents.isDestroyed()) return false;
  contents.send(channelName(name), parsed);
  return true;
}
