import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    wsEndpoint: string;
    demoPassword: string;
    /** The server's data directory (its SQLite file is gongzhi.sqlite there), for specs that must age records. */
    dataDir: string;
  }
}

const ROOT = path.resolve(import.meta.dirname, '../..');
export const RESULTS = path.resolve(process.env.GONGZHI_E2E_RESULTS ?? path.join(ROOT, 'test-results'));
const WEB_DIST = path.resolve(process.env.GONGZHI_WEB_DIST ?? path.join(ROOT, 'web/dist'));
const CHROMIUM = process.env.GONGZHI_CHROMIUM ?? '/usr/bin/chromium';
const DEMO_PASSWORD = 'e2e-demo-password-2026';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    }).on('error', reject);
  });
}

async function waitForHealth(url: string, server: ChildProcess, log: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`The server exited (${server.exitCode}) before it was ready:\n${fs.readFileSync(log, 'utf8').slice(-3000)}`);
    try {
      const r = await fetch(`${url}/api/health`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The server was not ready within ${timeoutMs / 1000} s:\n${fs.readFileSync(log, 'utf8').slice(-3000)}`);
}

/** Starts `gongzhi demo` on a fresh data directory and one Chromium for the whole run; stops both at the end. */
export default async function setup(project: TestProject) {
  if (!fs.existsSync(path.join(WEB_DIST, 'index.html'))) {
    throw new Error('The web app is not built: run `npm run build:web` first (`npm test` does it for you).');
  }
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not at ${CHROMIUM}: apt-get install -y chromium fonts-noto-cjk, or set GONGZHI_CHROMIUM.`);
  }
  fs.mkdirSync(RESULTS, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongzhi-e2e-'));
  const log = path.join(RESULTS, 'server.log');
  const out = fs.openSync(log, 'w');
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', GONGZHI_DATA_DIR: dataDir, GONGZHI_DEMO_PASSWORD: DEMO_PASSWORD, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL; // the e2e run always uses its own SQLite file
  const server = spawn(process.execPath, [path.join(ROOT, 'bin/gongzhi.mjs'), 'demo'], { cwd: ROOT, env, stdio: ['ignore', out, out] });
  const baseUrl = `http://127.0.0.1:${port}`;
  let browser: BrowserServer | undefined;
  try {
    await waitForHealth(baseUrl, server, log, 90_000);
    browser = await chromium.launchServer({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  } catch (e) {
    server.kill('SIGTERM');
    throw e;
  }
  project.provide('baseUrl', baseUrl);
  project.provide('wsEndpoint', browser.wsEndpoint());
  project.provide('demoPassword', DEMO_PASSWORD);
  project.provide('dataDir', dataDir);

  return async () => {
    await browser?.close();
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    fs.closeSync(out);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
