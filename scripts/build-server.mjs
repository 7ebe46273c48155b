#!/usr/bin/env node
// Production build of the server: bundles server/ and contract/ (our TypeScript) with the pure-JS
// packages they use into dist/server.mjs with esbuild, so `gongzhi` starts without compiling
// TypeScript (tsx) and without resolving and compiling hundreds of small CommonJS files (the
// larger part of start-up once TypeScript is gone: ~0.8 s of 1.6 s CPU, profiled with --cpu-prof).
// EXTERNAL packages stay in node_modules and load as usual: native ones, ones loaded lazily on
// first use (core/lazy.ts), and ones that read their own files next to their code.
// dist/server.meta.json lists the source files that went in; bin/gongzhi.mjs uses it to notice a
// stale bundle (a source or package-lock.json newer than the bundle) and fall back to the sources.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'dist/server.mjs');

/**
 * `import.meta.dirname` in a source file means that file's folder (config.ts finds the repository
 * root as '../..' from server/core). In one bundle every file would share dist/'s folder, so each
 * use is rewritten to the source folder it stood for, resolved from the bundle's own location.
 */
const sourceDirname = {
  name: 'source-dirname',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const text = await fs.promises.readFile(args.path, 'utf8');
      if (args.path.includes('node_modules') || !text.includes('import.meta.dirname')) return undefined;
      const rel = path.relative(path.dirname(OUT), path.dirname(args.path)).split(path.sep).join('/');
      return { contents: text.replaceAll('import.meta.dirname', `__gz_dir(${JSON.stringify(rel)})`), loader: 'ts' };
    });
  },
};

const EXTERNAL = [
  'better-sqlite3',
  'pg-native',
  'sharp',
  '@node-rs/*', // native
  'exceljs',
  'qrcode',
  'docx',
  'pg', // loaded on first use (server/core/lazy.ts, pg when PostgreSQL opens): bundling them would load them at start
  '@fastify/swagger-ui', // serves files from its own folder
];

const t0 = performance.now();
const result = await build({
  entryPoints: [path.join(ROOT, 'server/main.ts')],
  absWorkingDir: ROOT, // metafile input paths are relative to the repository, wherever the build is run from
  outfile: OUT,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: EXTERNAL,
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
  plugins: [sourceDirname],
  banner: {
    // Bundled CommonJS packages call require() for node's built-ins and the external packages.
    js:
      "import { createRequire as __gz_cr } from 'node:module'; const require = __gz_cr(import.meta.url);\n" +
      "import { dirname as __gz_dn, resolve as __gz_rs } from 'node:path'; import { fileURLToPath as __gz_fu } from 'node:url';\n" +
      'const __gz_dir = (rel) => __gz_rs(__gz_dn(__gz_fu(import.meta.url)), rel);',
  },
});
const inputs = [
  ...Object.keys(result.metafile.inputs)
    .filter((p) => !p.includes('node_modules'))
    .sort(),
  'package-lock.json',
];
fs.writeFileSync(
  path.join(ROOT, 'dist/server.meta.json'),
  `${JSON.stringify({ builtAt: new Date().toISOString(), inputs }, null, 1)}\n`,
);
console.log(
  `dist/server.mjs: ${inputs.length} source files, ${Math.round(fs.statSync(OUT).size / 1024)} KB, ${Math.round(performance.now() - t0)} ms`,
);
