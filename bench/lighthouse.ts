// `npm run bench:phones`: Lighthouse (pinned, 12.8.2) on the pages residents open on their phones — the H5
// entry and the public consultation page — with Lighthouse's own mobile defaults (Moto G Power screen,
// simulated slow 4G: 150 ms RTT, 1.6 Mbit/s, 4× CPU slowdown). Targets: performance ≥ 95, LCP ≤ 2.5 s.
// `npm run bench` (full mode) runs it too and records the figures with the rest.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ROOT, startChild } from './server';

export interface PageFigures {
  page: string;
  path: string;
  runs: number;
  /** Medians over the runs. */
  performance: number;
  lcpMs: number;
  fcpMs: number;
  tbtMs: number;
  cls: number;
  /** Bytes the page transferred (compressed, as sent). */
  transferKb: number;
}

export const PHONE_TARGETS = { performance: 95, lcpMs: 2500 };

const CHROMIUM = process.env.GONGZHI_CHROMIUM ?? '/usr/bin/chromium';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface Sample {
  performance: number;
  lcpMs: number;
  fcpMs: number;
  tbtMs: number;
  cls: number;
  transferKb: number;
}

/** One Lighthouse run in a fresh Chromium (a reused one fails its trace now and then: NO_NAVSTART). */
async function sample(url: string): Promise<Sample> {
  // Loaded here, not at the top: the bench's quick mode imports this file and never runs Lighthouse.
  const [{ default: lighthouse }, chromeLauncher] = await Promise.all([
    import('lighthouse'),
    import('chrome-launcher'),
  ]);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongzhi-lh-'));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    userDataDir,
    chromeFlags: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
    const num = (id: string) => Number(lhr.audits[id]?.numericValue ?? NaN);
    return {
      performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
      lcpMs: num('largest-contentful-paint'),
      fcpMs: num('first-contentful-paint'),
      tbtMs: num('total-blocking-time'),
      cls: num('cumulative-layout-shift'),
      transferKb: num('total-byte-weight') / 1024,
    };
  } finally {
    chrome.kill();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

/** Runs one after another (never in parallel: they would share the CPU they measure); medians. */
async function measure(url: string, runs: number): Promise<Omit<PageFigures, 'page' | 'path'>> {
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) samples.push(await sample(url));
  const pick = (k: keyof Sample) => median(samples.map((s) => s[k]));
  return {
    runs,
    performance: pick('performance'),
    lcpMs: Math.round(pick('lcpMs')),
    fcpMs: Math.round(pick('fcpMs')),
    tbtMs: Math.round(pick('tbtMs')),
    cls: Math.round(pick('cls') * 1000) / 1000,
    transferKb: Math.round(pick('transferKb') * 10) / 10,
  };
}

/**
 * Starts `gongzhi demo` on a fresh SQLite data directory (the public page needs the demo's closed parking
 * consultation), measures each page, stops the server. Requires a web build: `webDist` (the full bench's own
 * production build), else GONGZHI_WEB_DIST or web/dist.
 */
export async function phoneFigures(
  opts: { runs?: number; port?: number; log?: (m: string) => void; webDist?: string } = {},
): Promise<PageFigures[]> {
  const log = opts.log ?? console.log;
  const runs = opts.runs ?? 3;
  const port = opts.port ?? 4490;
  const webDist = path.resolve(opts.webDist ?? process.env.GONGZHI_WEB_DIST ?? path.join(ROOT, 'web/dist'));
  if (!fs.existsSync(path.join(webDist, 'h5/index.html')))
    throw new Error(`No web build in ${webDist}: run \`npm run build:web\` first.`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongzhi-lh-data-'));
  const server = await startChild(
    ['bin/gongzhi.mjs', 'demo'],
    {
      PORT: String(port),
      HOST: '127.0.0.1',
      GONGZHI_DATA_DIR: dataDir,
      DATABASE_URL: '',
      GONGZHI_DEMO_PASSWORD: 'bench-lighthouse-2026',
      GONGZHI_WEB_DIST: webDist,
      LOG_LEVEL: 'warn',
    },
    port,
    /is ready at http/,
    path.join(dataDir, 'server.log'),
    180_000,
  );
  try {
    const sqlite = new Database(path.join(dataDir, 'gongzhi.sqlite'), { readonly: true });
    const row = sqlite
      .prepare("select id from consultations where status = 'closed' order by closed_at limit 1")
      .get() as { id: string } | undefined;
    sqlite.close();
    if (!row) throw new Error('The demo has no closed consultation to open a public page for.');
    const pages = [
      { page: 'H5 entry (sign-in)', path: '/h5/' },
      { page: 'public consultation result', path: `/p/consultations/${row.id}` },
    ];
    const out: PageFigures[] = [];
    for (const p of pages) {
      log(`lighthouse ${p.path} × ${runs}`);
      out.push({ ...p, ...(await measure(server.url + p.path, runs)) });
    }
    return out;
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export function phoneTable(figures: PageFigures[]): string {
  const rows = figures.map(
    (f) =>
      `| ${f.page} | ${f.performance} ${f.performance >= PHONE_TARGETS.performance ? '✓' : '✗'} | ${(f.lcpMs / 1000).toFixed(2)} s ${f.lcpMs <= PHONE_TARGETS.lcpMs ? '✓' : '✗'} | ${(f.fcpMs / 1000).toFixed(2)} s | ${f.tbtMs} ms | ${f.cls} | ${f.transferKb} KB |`,
  );
  return [
    '| page (Lighthouse 12.8.2, mobile, simulated slow 4G) | performance (≥ 95) | LCP (≤ 2.5 s) | FCP | TBT | CLS | transferred |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await phoneFigures({ runs: Number(process.env.LIGHTHOUSE_RUNS ?? 3) });
  console.log(`\n${phoneTable(figures)}`);
  const file = path.join(ROOT, 'bench/results', `phones-${new Date().toISOString().replaceAll(':', '-')}.json`);
  fs.writeFileSync(
    file,
    `${JSON.stringify({ timestamp: new Date().toISOString(), loadavg: os.loadavg(), figures }, null, 2)}\n`,
  );
  console.log(`\nwritten ${path.relative(ROOT, file)}`);
}
