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

/**
 * Runs the steps `lanes` at a time, each in the order given; each step's output is held and printed whole, with its
 * time, when it ends. A step may carry its own environment and a `report` that reads its results (false fails it).
 */
async function inLanes(steps, lanes) {
  const queue = [...steps];
  let allOk = true;
  const running = new Map();
  // A line a minute while steps run, so a long quiet stretch in a CI log is visibly alive.
  const pulse = setInterval(() => {
    const now = Date.now();
    console.log(
      `  … running: ${[...running].map(([l, t0]) => `${l} (${Math.round((now - t0) / 1000)} s)`).join('; ')}`,
    );
  }, 60_000);
  const lane = async () => {
    for (let step = queue.shift(); step; step = queue.shift()) {
      const t0 = Date.now();
      running.set(step.label, t0);
      const child = spawn(step.cmd, step.args, {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, ...step.env },
      });
      const out = [];
      child.stdout.on('data', (b) => out.push(b));
      child.stderr.on('data', (b) => out.push(b));
      let status = await new Promise((resolve) => {
        child.on('close', (code) => resolve(code));
        child.on('error', (e) => {
          out.push(Buffer.from(String(e)));
          resolve(1);
        });
      });
      if (step.report && !step.report(status === 0)) status = status || 1;
      console.log(`\n▶ ${step.label}`);
      if (out.length) process.stdout.write(Buffer.concat(out));
      console.log(`  ${step.label}: ${status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      if (status !== 0) allOk = false;
      running.delete(step.label);
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  clearInterval(pulse);
  return allOk;
}

/** A Vitest run as a step: its JSON report adds to the totals, and a run that reports no tests has not passed. */
function vitestStep(label, config, env, files = []) {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gz-vitest-')), 'result.json');
  return {
    label,
    cmd: 'npx',
    args: [
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
    report(ok) {
      try {
        const j = JSON.parse(fs.readFileSync(out, 'utf8'));
        totals.passed += j.numPassedTests;
        totals.failed += j.numFailedTests;
        totals.skipped += j.numPendingTests + (j.numTodoTests ?? 0);
        return j.numTotalTests > 0;
      } catch {
        if (ok) totals.failed += 1; // a runner that wrote no report did not really pass
        return false;
      }
    },
  };
}

/** Runs one Vitest step on its own, its output as it comes. */
function vitest(label, config, env, files = []) {
  const step = vitestStep(label, config, env, files);
  const ok = run(label, step.cmd, step.args, env);
  return step.report(ok) && ok;
}

/**
 * Seconds each e2e spec took in the last measured run (`npm test`, quiet 2-core machine), used only to split the
 * specs into lanes of about equal length; a spec not listed counts as 30 s. A spec that grows much makes the
 * lanes uneven, not wrong: update the figure from the lanes' timings (printed per spec).
 */
const E2E_SECONDS = {
  story: 115,
  tickets: 103,
  'care-mode': 65,
  evaluations: 59,
  pages: 56,
  workorders: 51,
  xss: 45,
  dashboards: 40,
  'staff-day': 33,
  org: 33,
  'sign-in': 27,
  reports: 26,
  meetings: 25,
  projects: 24,
  volunteers: 24,
  parking: 22,
  notices: 17,
  'consultation-evidence': 17,
  workbench: 14,
  notifications: 12,
  h5: 9,
};

/**
 * The spec files but those in `except` split into groups for `lanes` lanes that start busy for the seconds in `busy`
 * (longest spec first, each to the lane that would be free soonest). A group for a lane that starts busy runs there
 * after that work.
 */
function e2eGroups(busy, except) {
  const files = fs
    .readdirSync('e2e')
    .filter((f) => f.endsWith('.e2e.ts') && !except.includes(f.replace('.e2e.ts', '')))
    .map((f) => ({ file: `e2e/${f}`, s: E2E_SECONDS[f.replace('.e2e.ts', '')] ?? 30 }))
    .sort((a, b) => b.s - a.s || (a.file < b.file ? -1 : 1));
  const lanes = busy.map((s) => ({ s, files: [] }));
  for (const f of files) {
    const lane = lanes.reduce((a, b) => (b.s < a.s ? b : a));
    lane.s += f.s;
    lane.files.push(f.file);
  }
  return lanes.map((l) => l.files).filter((g) => g.length);
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
// The servers that the e2e lanes, the kill -9 rounds and the bench start run the production bundle, as operators do
// (bin/gongzhi.mjs falls back to the sources when it is stale). The kill -9 rounds restart servers dozens of times:
// from the bundle, ten rounds of both dialects took 74 s instead of 98 s (98 core-seconds instead of 141).
if (!only || only === 'e2e' || only === 'crash')
  checks.push({ label: 'server build', cmd: 'node', args: ['scripts/build-server.mjs'] });
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
// One dialect after the other: side by side (four test processes and PostgreSQL on two cores) took longer than both
// in turn (334 s against 122 + 186 s in CI).
if (!only || only === 'sqlite')
  ok = vitest('server tests on SQLite', 'vitest.config.ts', { GONGZHI_TEST_DIALECT: 'sqlite' }) && ok;
if (!only || only === 'postgres')
  ok =
    vitest('server tests on PostgreSQL', 'vitest.config.ts', {
      GONGZHI_TEST_DIALECT: 'postgres',
      GONGZHI_TEST_PG_URL: PG_URL,
    }) && ok;
if (only === 'crash') {
  // Both dialects side by side: a round spends a quarter of its time waiting on a restarting server.
  ok =
    (await inLanes(
      [
        vitestStep('kill -9 rounds on SQLite', 'vitest.crash.config.ts', { GONGZHI_TEST_DIALECT: 'sqlite' }),
        vitestStep('kill -9 rounds on PostgreSQL', 'vitest.crash.config.ts', {
          GONGZHI_TEST_DIALECT: 'postgres',
          GONGZHI_TEST_PG_URL: PG_URL,
        }),
      ],
      2,
    )) && ok;
}
if (!only || only === 'e2e') {
  // Each lane is its own Vitest run with its own demo server, database and Chromium (global-setup.ts), so specs in
  // different lanes never see each other's records; within a lane they run one after another. A browser spends much
  // of a spec waiting on the page, so lanes side by side use the cores that one alone leaves idle.
  // The resident's and the staff's main paths (story, tickets) run with the server on PostgreSQL (a fresh database,
  // dropped after), every other spec on SQLite: each spec once, both dialects under the browser. Running those two
  // again on SQLite was a seventh of the suite's browser time; the server suites run both dialects through everything.
  // Three lanes: the PostgreSQL run in one, then a share of the SQLite specs after it; the rest of them in the other two.
  // The lanes share one register of the pages axe has judged (browser.ts), so each page is judged once per run.
  const results = (name) => path.resolve('test-results', name);
  const onPostgres = ['story', 'tickets'];
  const groups = e2eGroups([onPostgres.reduce((s, x) => s + E2E_SECONDS[x], 0), 0, 0], onPostgres);
  const axeChecked = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gz-axe-')), 'checked.txt');
  const steps = [
    vitestStep(
      'e2e story and tickets on PostgreSQL',
      'vitest.e2e.config.ts',
      {
        GONGZHI_CHROMIUM: CHROMIUM,
        GONGZHI_E2E_DIALECT: 'postgres',
        GONGZHI_TEST_PG_URL: PG_URL,
        GONGZHI_E2E_RESULTS: results('postgres'),
        GONGZHI_E2E_AXE_CHECKED: axeChecked,
      },
      onPostgres.map((x) => `e2e/${x}.e2e.ts`),
    ),
    // The first group is the lane that starts with PostgreSQL's run: it goes last, when a lane comes free.
    ...[...groups.slice(1), groups[0]].map((files, i) =>
      vitestStep(
        `e2e in Chromium on SQLite, part ${i + 1} of ${groups.length}`,
        'vitest.e2e.config.ts',
        {
          GONGZHI_CHROMIUM: CHROMIUM,
          GONGZHI_E2E_RESULTS: results(`sqlite-${i + 1}`),
          GONGZHI_E2E_AXE_CHECKED: axeChecked,
        },
        files,
      ),
    ),
  ];
  ok = (await inLanes(steps, 3)) && ok;
  fs.rmSync(path.dirname(axeChecked), { recursive: true, force: true });
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
