import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is one static page. `base: './'` keeps asset URLs relative, so the same
// build loads from Electron's app:// protocol and from a plain web server.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // zod and the module that sets it jitless travel in one chunk, so jitless is set
          // before any chunk that builds a schema runs (platform/zodJitless.ts says why;
          // a chunk's imports run before its own code, so an import order in main.tsx alone
          // does not ensure it once zod sits in a chunk shared with lazily loaded parts).
          groups: [{ name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]renderer[\\/]platform[\\/]zodJitless\.ts$/ }],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
