/**
 * The building blocks of the IPC contract (see contract.ts). Pure TypeScript + zod, so the
 * same description is read by main (validation), the preload (invokers) and the renderer
 * (types). Nothing here touches Electron.
 */
import type { z } from 'zod';

/** A request from the renderer that main answers: `window.orgcanvas.<name>(payload)`. */
export interface InvokeSpec<P extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  readonly kind: 'invoke';
  readonly payload: P;
  readonly result: R;
}

/** A message from main to the renderer: `window.orgcanvas.<name>(listener)` returns an unsubscribe. */
export interface EventSpec<P extends z.ZodType = z.ZodType> {
  readonly kind: 'event';
  readonly payload: P;
}

export type ChannelSpec = InvokeSpec | EventSpec;
export type Contract = Readonly<Record<string, ChannelSpec>>;

export function invoke<P extends z.ZodType, R extends z.ZodType>(spec: { payload: P; result: R }): InvokeSpec<P, R> {
  return { kind: 'invoke', payload: spec.payload, result: spec.result };
}

export function event<P extends z.ZodType>(spec: { payload: P }): EventSpec<P> {
  return { kind: 'event', payload: spec.payload };
}

/**
 * The wire name of a contract entry. One prefix for all, so a handler can never be reached
 * under a name the contract does not list.
 */
export function channelName(name: string): string {
  return `orgcanvas:${name}`;
}

/** Names in the contract that are requests (in declaration order). */
export function invokeNames<C extends Contract>(contract: C): Extract<keyof C, string>[] {
  return Object.keys(contract).filter((name) => contract[name].kind === 'invoke') as Extract<keyof C, string>[];
}

/** Names in the contract that are events (in declaration order). */
export function eventNames<C extends Contract>(contract: C): Extract<keyof C, string>[] {
  return Object.keys(contract).filter((name) => contract[name].kind === 'event') as Extract<keyof C, string>[];
}

type InvokeKeys<C extends Contract> = { [K in keyof C]: C[K] extends InvokeSpec ? K : never }[keyof C];
type EventKeys<C extends Contract> = { [K in keyof C]: C[K] extends EventSpec ? K : never }[keyof C];

/** What a renderer call looks like: no argument when the payload schema accepts `undefined`. */
type Invoker<S extends InvokeSpec> = undefined extends z.input<S['payload']>
  ? (payload?: z.input<S['payload']>) => Promise<z.output<S['result']>>
  : (payload: z.input<S['payload']>) => Promise<z.output<S['result']>>;

type Subscriber<S extends EventSpec> = (listener: (payload: z.output<S['payload']>) => void) => () => void;

/** The shape of `window.orgcanvas` for a contract: exactly one member per entry. */
export type ApiOf<C extends Contract> = {
  readonly [K in keyof C]: C[K] extends InvokeSpec ? Invoker<C[K]> : C[K] extends EventSpec ? Subscriber<C[K]> : never;
};

/** What main implements for each request: validated payload in, result (validated again) out. */
export type HandlerOf<S extends InvokeSpec> = (payload: z.output<S['payload']>) => z.input<S['result']> | Promise<z.input<S['result']>>;

export type HandlersOf<C extends Contract> = { [K in InvokeKeys<C>]: C[K] extends InvokeSpec ? HandlerOf<C[K]> : never };

export type EventPayloadOf<C extends Contract, K extends EventKeys<C>> = C[K] extends EventSpec ? z.input<C[K]['payload']> : never;

export type { InvokeKeys, EventKeys };
