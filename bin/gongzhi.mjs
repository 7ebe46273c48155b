#!/usr/bin/env node
// The `gongzhi` command. It runs the production bundle dist/server.mjs (`npm run build:server`) when
// that bundle is there and no source that went into it has changed since; otherwise it runs the
// TypeScript sources through tsx's loader. So a fresh checkout and a checkout being edited need no
// build step and never run stale code, while a built install starts without compiling TypeScript
// (seconds saved at every start).
import { spawn } from 'node:child_process';
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

/**
 * On Linux with glibc the server runs with MALLOC_ARENA_MAX=2 unless the environment already sets it: sharp's
 * threads each grow a malloc arena of their own, and a burst of photo reports left the process at ~390 MB
 * (docs/operations.md, docs/performance.md). glibc reads it only when a process starts, so this one starts
 * itself again with it set and relays signals and the exit code. A service unit that sets it skips the
 * second Node start; GONGZHI_NO_REEXEC=1 turns the re-exec off.
 */
function needsArenaLimit() {
  if (process.platform !== 'linux' || process.env.MALLOC_ARENA_MAX !== undefined) return false;
  if (process.env.GONGZHI_NO_REEXEC === '1') return false;
  process.report.excludeNetwork = true;
  return !!process.report.getReport().header.glibcVersionRuntime;
}

function reexecWithArenaLimit() {
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    // The IPC channel tells the server when this process is gone, even by kill -9 (see the end of this file).
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, MALLOC_ARENA_MAX: '2', GONGZHI_WRAPPED: '1' },
  });
  for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code, signal) => {
    if (!signal) process.exit(code ?? 1);
    // Die of the same signal, as the server did.
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  });
}

async function run() {
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
}

if (needsArenaLimit()) reexecWithArenaLimit();
else {
  if (process.env.GONGZHI_WRAPPED === '1' && process.channel) {
    // Started by the wrapper above: whoever stops the wrapper, even with kill -9 (an operator, the crash
    // tests), stops the server with it at once rather than leaving it running with nobody to signal it.
    process.channel.unref();
    process.on('disconnect', () => process.kill(process.pid, 'SIGKILL'));
  }
  await run();
}
