import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is one static page. `base: './'` keeps asset URLs relative, so the same
// build loads from Electron's app:// protocol and from a plain web server.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
