/**
 * Import this FIRST in renderer/main.tsx, before anything that defines a zod schema. Since
 * zod sits in a chunk shared with lazily loaded parts, vite.config.ts also puts this module
 * in zod's own chunk: a chunk's imports run before its code, so import order alone no longer
 * ensures it (tests/e2e/csp.spec.ts fails on the probe's violation).
 *
 * zod 4 probes for `new Function` support when its first object schema is built, to
 * compile fast parsers. Under our CSP (no 'unsafe-eval') the probe is blocked — harmlessly,
 * zod falls back — but Chromium still reports a CSP violation on every start, which would
 * drown a real one. `jitless` skips the probe.
 */
import { config } from 'zod';

config({ jitless: true });
