/**
 * The Content Security Policy of the app's page. Main sends it as a response header from
 * the app:// protocol; renderer/index.html carries the same policy in a <meta> tag so the
 * browser build (npm run web) is held to it too. A unit test keeps the two identical.
 *
 * No 'unsafe-inline' and no 'unsafe-eval' anywhere: an injected <script> or on* attribute
 * does not run (tests/e2e/csp.spec.ts proves it in Chromium). 'wasm-unsafe-eval' lets the
 * page compile WebAssembly and nothing else (no eval, no string timers): the line router,
 * libavoid, is a WASM module (renderer/canvas/routing). Its worker needs it too: in Electron
 * every app:// answer, the worker's script included, carries this header.
 */
const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'none'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  // data:/blob: images: exports render the canvas to PNG/SVG data URLs and preview them.
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  // Exports fetch the page's own stylesheets and fonts to inline them.
  ['connect-src', "'self' data: blob:"],
  ['worker-src', "'self' blob:"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

function join(directives: ReadonlyArray<readonly [string, string]>): string {
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** The policy as a <meta http-equiv> may carry it (frame-ancestors is ignored there). */
export const CSP_META = join(DIRECTIVES);

/** The policy as the app:// protocol sends it: the meta policy plus frame-ancestors. */
export const CSP_HEADER = join([...DIRECTIVES, ['frame-ancestors', "'none'"]]);
