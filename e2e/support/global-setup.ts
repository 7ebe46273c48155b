import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import pg from 'pg';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    wsEndpoint: string;
    demoPassword: string;
    /** The server's data directory (its SQLite file is gongzhi.sqlite there), for specs that must age records. */
    dataDir: string;
    /** The server's PostgreSQL database when the run is on PostgreSQL (GONGZHI_E2E_DIALECT=postgres), else ''. */
    databaseUrl: string;
    /**
     * The run's register of pages and dialogs axe has judged, one key a line (e2e/support/browser.ts): this run's own,
     * or the one GONGZHI_E2E_AXE_CHECKED names, which `npm test` shares between its e2e lanes.
     */
    axeChecked: string;
  }
}

const ROOT = path.resolve(import.meta.dirname, '../..');
export const RESULTS = path.resolve(process.env.GONGZHI_E2E_RESULTS ?? path.join(ROOT, 'test-results'));
const WEB_DIST = path.resolve(process.env.GONGZHI_WEB_DIST ?? path.join(ROOT, 'web/dist'));
const CHROMIUM = process.env.GONGZHI_CHROMIUM ?? '/usr/bin/chromium';
const DEMO_PASSWORD = 'e2e-demo-password-2026';
/** `npm test` runs the e2e specs on SQLite, then the story and ticket specs again on PostgreSQL. */
const DIALECT = process.env.GONGZHI_E2E_DIALECT === 'postgres' ? 'postgres' : 'sqlite';
const PG_URL = process.env.GONGZHI_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A fresh PostgreSQL database for this run, and how to drop it. */
async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `gz_e2e_${crypto.randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    try {
      await c.query(statement);
    } finally {
      await c.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const u = new URL(PG_URL);
  u.pathname = `/${name}`;
  return { url: u.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net
      .createServer()
      .listen(0, '127.0.0.1', () => {
        const { port } = s.address() as net.AddressInfo;
        s.close(() => resolve(port));
      })
      .on('error', reject);
  });
}

async function waitForHealth(url: string, server: ChildProcess, log: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server.exitCode !== null)
      throw new Error(
        `The server exited (${server.exitCode}) before it was ready:\n${fs.readFileSync(log, 'utf8').slice(-3000)}`,
      );
    try {
      const r = await fetch(`${url}/api/health`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(
    `The server was not ready within ${timeoutMs / 1000} s:\n${fs.readFileSync(log, 'utf8').slice(-3000)}`,
  );
}

/** Starts `gongzhi demo` on a fresh data directory and one Chromium for the whole run; stops both at the end. */
export default async function setup(project: TestProject) {
  if (!fs.existsSync(path.join(WEB_DIST, 'index.html'))) {
    throw new Error('The web app is not built: run `npm run build:web` first (`npm test` does it for you).');
  }
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not at ${CHROMIUM}: apt-get install -y chromium fonts-noto-cjk, or set GONGZHI_CHROMIUM.`,
    );
  }
  fs.mkdirSync(RESULTS, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongzhi-e2e-'));
  const log = path.join(RESULTS, 'server.log');
  const out = fs.openSync(log, 'w');
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    GONGZHI_DATA_DIR: dataDir,
    GONGZHI_DEMO_PASSWORD: DEMO_PASSWORD,
    LOG_LEVEL: 'warn',
  };
  // Never a database from the caller's environment: its own SQLite file, or a fresh PostgreSQL database.
  delete env.DATABASE_URL;
  const database = DIALECT === 'postgres' ? await freshPostgres() : undefined;
  if (database) env.DATABASE_URL = database.url;
  console.log(`e2e on ${DIALECT}`);
  const server = spawn(process.execPath, [path.join(ROOT, 'bin/gongzhi.mjs'), 'demo'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', out, out],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  let browser: BrowserServer | undefined;
  try {
    // Seeding the demo's 2,000 households takes longer on PostgreSQL.
    await waitForHealth(baseUrl, server, log, DIALECT === 'postgres' ? 240_000 : 90_000);
    browser = await chromium.launchServer({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  } catch (e) {
    server.kill('SIGTERM');
    await database?.drop().catch(() => {});
    throw e;
  }
  project.provide('baseUrl', baseUrl);
  project.provide('wsEndpoint', browser.wsEndpoint());
  project.provide('demoPassword', DEMO_PASSWORD);
  project.provide('dataDir', dataDir);
  project.provide('databaseUrl', database?.url ?? '');
  project.provide('axeChecked', process.env.GONGZHI_E2E_AXE_CHECKED ?? path.join(dataDir, 'axe-checked.txt'));

  return async () => {
    await browser?.close();
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    fs.closeSync(out);
    fs.rmSync(dataDir, { recursive: true, force: true });
    await database?.drop();
  };
}
