#!/usr/bin/env node
// The `gongzhi` command. It runs the production bundle dist/server.mjs (`npm run build:server`) when
// that bundle is there and no source that went into it has changed since; otherwise it runs the
// TypeScript sources through tsx's loader. So a fresh checkout and a checkout being edited need no
// build step and never run stale code, while a built install starts without compiling TypeScript
// (seconds saved at every start).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const bundle = path.join(root, 'dist/server.mjs');

/** Why the bundle cannot be used, or null when it is current (every input older than the bundle). */
function staleBecause() {
  let built;
  try {
    built = fs.statSync(bundle).mtimeMs;
  } catch {
    return 'no build';
  }
  let inputs;
  try {
    ({ inputs } = JSON.parse(fs.readFileSync(path.join(root, 'dist/server.meta.json'), 'utf8')));
  } catch {
    return 'dist/server.meta.json is missing';
  }
  for (const file of inputs) {
    let mtime;
    try {
      mtime = fs.statSync(path.join(root, file)).mtimeMs;
    } catch {
      return `${file} is gone`;
    }
    if (mtime > built) return `${file} changed after the build`;
  }
  return null;
}

const stale = process.env.GONGZHI_FROM_SOURCE === '1' ? 'GONGZHI_FROM_SOURCE=1' : staleBecause();
let main;
if (stale === null) {
  ({ main } = await import(pathToFileURL(bundle).href));
} else {
  // A checkout that was built once and then edited says so, in case the speed difference puzzles someone.
  if (stale !== 'no build')
    console.error(`gongzhi: running the TypeScript sources (${stale}; \`npm run build:server\` makes starts faster)`);
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../server/main.ts'));
}
await main(process.argv.slice(2));
