import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const web = path.resolve(import.meta.dirname, 'web');

// Three entries: the staff console at /, the resident H5 at /h5/ and the public pages at /p/ (no UI kit,
// no sign-in). The server serves web/dist and falls back to each entry's index.html for client routes.
/**
 * Writes `.br` and `.gz` beside every text file of the build, once, at build time: the server sends them
 * by Accept-Encoding (`preCompressed` in server/app.ts) instead of the full files, and compresses nothing
 * per request. Brotli at its best quality: slow to write (a few seconds per build), fastest to fetch.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'gongzhi-precompress',
    apply: 'build',
    configResolved(c) {
      outDir = path.resolve(c.root, c.build.outDir);
    },
    closeBundle() {
      const files = fs
        .readdirSync(outDir, { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(js|css|html|svg|json|txt)$/.test(f))
        .map((f) => path.join(outDir, f));
      for (const file of files) {
        const raw = fs.readFileSync(file);
        if (raw.length < 1024) continue; // headers would outweigh the saving
        fs.writeFileSync(
          `${file}.br`,
          zlib.brotliCompressSync(raw, {
            params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
          }),
        );
        fs.writeFileSync(`${file}.gz`, zlib.gzipSync(raw, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  root: web,
  base: '/',
  plugins: [react(), precompress()],
  build: {
    outDir: path.join(web, 'dist'),
    emptyOutDir: true,
    // The CSP forbids inline scripts, so the module preload polyfill must not be inlined.
    modulePreload: { polyfill: false },
    // web/scripts/sizes.mjs reads it to report each entry's first-load size.
    manifest: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      input: {
        console: path.join(web, 'index.html'),
        h5: path.join(web, 'h5/index.html'),
        p: path.join(web, 'p/index.html'),
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
});
