// The benchmark's smoke test (fixtures deterministic and valid); the timed bench is `npm run bench`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { root: new URL('../..', import.meta.url).pathname, include: ['tests/bench/smoke/**/*.test.ts'], environment: 'node' },
});
