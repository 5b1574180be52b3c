// libavoid-js's package.json points its types at a file it does not ship; the part we use
// is typed in shared/routing/avoid.ts.
declare module 'libavoid-js' {
  import type { Avoid } from '../../shared/routing/avoid';
  export const AvoidLib: { load(wasmPath?: string): Promise<void>; getInstance(): Avoid };
}
