// Prints each entry's first-load size (its JS and CSS plus everything they import statically), gzip-compressed,
// from the Vite manifest. Run after `npx vite build`: node web/scripts/sizes.mjs [distDir]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '../dist'));
const manifest = JSON.parse(fs.readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
const gz = (file) => zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

for (const [key, chunk] of Object.entries(manifest)) {
  if (!chunk.isEntry) continue;
  const files = new Set();
  const walk = (k) => {
    const c = manifest[k];
    if (!c || files.has(c.file)) return;
    files.add(c.file);
    for (const css of c.css ?? []) files.add(css);
    for (const i of c.imports ?? []) walk(i);
  };
  walk(key);
  const total = [...files].reduce((s, f) => s + gz(f), 0);
  console.log(`${key}: first load ${kb(total)} gzip (${files.size} files)`);
}
