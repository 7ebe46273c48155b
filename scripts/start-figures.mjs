#!/usr/bin/env node
// Start-to-ready and idle memory of the real server (issue #5 "process figures"):
// spawn `node bin/gongzhi.mjs serve` on an already migrated database, poll GET /api/health until it
// answers 200 (ready; also the CPU time the process used until then), wait for the process to settle, read its RSS from /proc, stop it; median of N runs.
//   node scripts/start-figures.mjs [--runs 5] [--port 4599] [--settle 3000]
// Database: DATABASE_URL (PostgreSQL) or GONGZHI_DATA_DIR (SQLite), as for the server itself.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    port: { type: 'string', default: '4599' },
    settle: { type: 'string', default: '3000' },
  },
});
const BIN = path.resolve(import.meta.dirname, '../bin/gongzhi.mjs');
const port = Number(values.port);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** CPU time (user + system) in ms a process has used, from /proc: wall time alone says little on a busy 2-core box. */
function cpuMs(pid) {
  const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Math.round(((Number(f[11]) + Number(f[12])) * 1000) / 100);
}

/** RSS in MB of a process, from /proc (Linux only, like the bench machine). */
function rssMb(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

async function once() {
  const t0 = performance.now();
  const child = spawn(process.execPath, [BIN, 'serve'], {
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  let ready = NaN;
  let cpu = NaN;
  while (!exited && performance.now() - t0 < 30_000) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.status === 200) {
        ready = performance.now() - t0;
        cpu = cpuMs(child.pid);
        break;
      }
    } catch {
      /* not listening yet */
    }
    await sleep(10);
  }
  if (Number.isNaN(ready)) throw new Error('the server did not become ready');
  await sleep(Number(values.settle));
  const rss = rssMb(child.pid);
  child.kill('SIGTERM');
  await new Promise((r) => (exited ? r() : child.on('exit', r)));
  return { ready: Math.round(ready), cpu, rss };
}

const runs = [];
for (let i = 0; i < Number(values.runs); i++) runs.push(await once());
const out = {
  dialect: process.env.DATABASE_URL ? 'postgres' : 'sqlite',
  runs,
  readyMsMedian: median(runs.map((r) => r.ready)),
  cpuToReadyMsMedian: median(runs.map((r) => r.cpu)),
  idleRssMbMedian: median(runs.map((r) => r.rss)),
};
console.log(JSON.stringify(out));
