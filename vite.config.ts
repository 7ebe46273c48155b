import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const web = path.resolve(import.meta.dirname, 'web');

// Three entries: the staff console at /, the resident H5 at /h5/ and the public pages at /p/ (no UI kit,
// no sign-in). The server serves web/dist and falls back to each entry's index.html for client routes.
export default defineConfig({
  root: web,
  base: '/',
  plugins: [react()],
  build: {
    outDir: path.join(web, 'dist'),
    emptyOutDir: true,
    // The CSP forbids inline scripts, so the module preload polyfill must not be inlined.
    modulePreload: { polyfill: false },
    // web/scripts/sizes.mjs reads it to report each entry's first-load size.
    manifest: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      input: { console: path.join(web, 'index.html'), h5: path.join(web, 'h5/index.html'), p: path.join(web, 'p/index.html') },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
});
