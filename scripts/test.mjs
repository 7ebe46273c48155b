#!/usr/bin/env node
// `npm test`: the OpenAPI document checked (validator, Redocly, own rules, generated types fresh), type-check (server, web, contract and e2e each with its own tsconfig), lint (ESLint, Prettier, import boundaries), server tests on SQLite and on PostgreSQL, then e2e tests in real Chromium.
// Anything missing stops the run with a message saying how to get it; nothing is skipped silently.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

const PG_URL = process.env.GONGZHI_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const CHROMIUM = process.env.GONGZHI_CHROMIUM ?? '/usr/bin/chromium';
const only = process.argv[2]; // optional: openapi | typecheck | lint | sqlite | postgres | e2e | crash (crash runs only when named)

function fail(msg) {
  console.error(`\n✗ ${msg}\n`);
  process.exit(1);
}

async function checkPostgres() {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.query('select 1');
    await c.end();
  } catch (e) {
    fail(`PostgreSQL is not reachable at ${PG_URL} (${e.message}).
  The tests run on both SQLite and PostgreSQL. Start it with:
    pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start
  or point GONGZHI_TEST_PG_URL at a server where the user may CREATE DATABASE.`);
  }
}

function checkChromium() {
  if (!fs.existsSync(CHROMIUM)) {
    fail(`Chromium is not installed at ${CHROMIUM}; the e2e tests drive a real browser.
  Install it with:  apt-get update && apt-get install -y chromium fonts-noto-cjk
  or set GONGZHI_CHROMIUM to its path.`);
  }
}

const totals = { passed: 0, failed: 0, skipped: 0 };
function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`  ${label}: ${r.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return r.status === 0;
}

/** Runs the steps `lanes` at a time; each step's output is held and printed whole, with its time, when it ends. */
async function inLanes(steps, lanes) {
  const queue = [...steps];
  let allOk = true;
  const lane = async () => {
    for (let step = queue.shift(); step; step = queue.shift()) {
      const t0 = Date.now();
      const child = spawn(step.cmd, step.args, { stdio: ['ignore', 'pipe', 'pipe'] });
      const out = [];
      child.stdout.on('data', (b) => out.push(b));
      child.stderr.on('data', (b) => out.push(b));
      const status = await new Promise((resolve) => {
        child.on('close', (code) => resolve(code));
        child.on('error', (e) => {
          out.push(Buffer.from(String(e)));
          resolve(1);
        });
      });
      console.log(`\n▶ ${step.label}`);
      if (out.length) process.stdout.write(Buffer.concat(out));
      console.log(`  ${step.label}: ${status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      if (status !== 0) allOk = false;
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  return allOk;
}

function vitest(label, config, env, files = []) {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gz-vitest-')), 'result.json');
  const ok = run(
    label,
    'npx',
    [
      'vitest',
      'run',
      '--config',
      config,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${out}`,
      ...files,
    ],
    env,
  );
  try {
    const j = JSON.parse(fs.readFileSync(out, 'utf8'));
    totals.passed += j.numPassedTests;
    totals.failed += j.numFailedTests;
    totals.skipped += j.numPendingTests + (j.numTodoTests ?? 0);
    if (j.numTotalTests === 0) return false;
  } catch {
    if (ok) totals.failed += 1; // a runner that wrote no report did not really pass
  }
  return ok;
}

let ok = true;
if (!only || only === 'postgres' || only === 'crash' || only === 'e2e') await checkPostgres();
if (!only || only === 'e2e') checkChromium();
// The static checks are single-threaded (tsc, ESLint, Prettier, the bundler's tree-shaking), so they run two
// at a time on the cores (longest first), each one's output printed whole when it ends.
const checks = [];
const check = (part, label, cmd, args) => {
  if (!only || only === part) checks.push({ label, cmd, args });
};
check('lint', 'lint: ESLint', 'npx', ['eslint', '.']);
// One config per area, so web code cannot reach server code (no Node types there) and the server has no DOM.
for (const area of ['web', 'server', 'e2e', 'contract'])
  check('typecheck', `type-check ${area}`, 'npx', ['tsc', '-p', `tsconfig.${area}.json`]);
// The e2e tests need the built web app; built here so that it shares the cores with the checks.
check('e2e', 'web build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
check('openapi', 'OpenAPI document', 'npx', ['tsx', 'server/openapi/check.ts']);
check('lint', 'lint: Prettier', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']);
check('lint', 'lint: import boundaries', 'npx', [
  'depcruise',
  'server',
  'web',
  'contract',
  'e2e',
  'bench',
  '--ignore-known',
  '--output-type',
  'err',
]);
ok = (await inLanes(checks, Math.min(2, os.availableParallelism()))) && ok;
if (!only || only === 'sqlite')
  ok = vitest('server tests on SQLite', 'vitest.config.ts', { GONGZHI_TEST_DIALECT: 'sqlite' }) && ok;
if (!only || only === 'postgres')
  ok =
    vitest('server tests on PostgreSQL', 'vitest.config.ts', {
      GONGZHI_TEST_DIALECT: 'postgres',
      GONGZHI_TEST_PG_URL: PG_URL,
    }) && ok;
if (only === 'crash') {
  ok = vitest('kill -9 rounds on SQLite', 'vitest.crash.config.ts', { GONGZHI_TEST_DIALECT: 'sqlite' }) && ok;
  ok =
    vitest('kill -9 rounds on PostgreSQL', 'vitest.crash.config.ts', {
      GONGZHI_TEST_DIALECT: 'postgres',
      GONGZHI_TEST_PG_URL: PG_URL,
    }) && ok;
}
if (!only || only === 'e2e') {
  ok = vitest('e2e tests in Chromium', 'vitest.e2e.config.ts', { GONGZHI_CHROMIUM: CHROMIUM }) && ok;
  // The resident's and the staff's main paths again with the server on PostgreSQL (a fresh database, dropped after).
  ok =
    vitest(
      'e2e story and tickets on PostgreSQL',
      'vitest.e2e.config.ts',
      { GONGZHI_CHROMIUM: CHROMIUM, GONGZHI_E2E_DIALECT: 'postgres', GONGZHI_TEST_PG_URL: PG_URL },
      ['e2e/story.e2e.ts', 'e2e/tickets.e2e.ts'],
    ) && ok;
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
