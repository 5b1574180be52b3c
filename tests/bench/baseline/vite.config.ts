// Builds the baseline page (production mode, like the app) into dist/bench-baseline.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: fileURLToPath(new URL('../../../dist/bench-baseline', import.meta.url)), emptyOutDir: true },
});
