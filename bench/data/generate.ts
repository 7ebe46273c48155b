import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { sql } from 'kysely';
import pg from 'pg';
import { hashPassword } from '../../server/core/auth/password';
import { openDatabase } from '../../server/core/db/kysely';
import { migrateToLatest } from '../../server/core/db/migrate';
import { loadSecret } from '../../server/core/pii';
import { rebuildSummaries } from '../../server/modules/dashboards/summaries';
import { installedModules } from '../../server/modules';
import { ChainWriter, DAY, idMaker, iso, rngFor } from './context';
import { PgSink, SqliteSink, type Row, type Sink } from './sink';
import type { FromWorker, ToWorker, WorkerInit } from './worker';

/**
 * The district data generator behind `npm run bench:data`: N communities of about 2,000 households
 * each, with three years of tickets and consultations, written through the real schema (the app's
 * migrations) in bulk, with every audit and ballot chain as the app computes it.
 */

/** Every bench account has this password (argon2id-hashed once, the hash reused). */
export const BENCH_PASSWORD = 'gongzhi-bench-2026';
export const BENCH_ADMIN = 'bench-admin';

const TOWNS = ['岳阳街道', '永丰街道', '方松街道', '中山街道', '广富林街道', '九里亭街道', '泗泾镇', '佘山镇', '车墩镇', '新桥镇', '洞泾镇', '九亭镇', '泖港镇', '石湖荡镇', '新浜镇', '叶榭镇', '小昆山镇'];

export interface GenerateOptions {
  communities: number;
  seed?: number;
  years?: number;
  /** Households per community (about 2,000 in Songjiang); tests pass fewer. */
  households?: number;
  /** Tickets per household and year (1.11 gives 2 million over 3 years at N=300). */
  ticketsPerHouseholdYear?: number;
  /** PostgreSQL when set (the database must be empty, or `reset`), else SQLite at `sqlitePath`. */
  databaseUrl?: string;
  sqlitePath?: string;
  /** Holds the key file (secret.key) that encrypts ID numbers; serve with GONGZHI_DATA_DIR pointing here. */
  dataDir: string;
  /** Drop what is there first (the SQLite file, or every table of the PostgreSQL database). */
  reset?: boolean;
  /** Where the data ends (default: today 00:00 UTC); with the seed it fixes every row. */
  until?: Date;
  /** Generator threads (default 2: this machine's cores). */
  workers?: number;
  onProgress?: (p: Progress) => void;
}

export interface Progress {
  phase: 'communities' | 'indexes' | 'done';
  done: number;
  total: number;
  rows: number;
  rowsPerSecond: number;
  etaSeconds: number | null;
  step?: string;
}

export interface Manifest {
  dialect: 'sqlite' | 'postgres';
  sqliteFile: string | null;
  dataDir: string;
  seed: number;
  communities: number;
  years: number;
  until: string;
  password: string;
  admin: string;
  rows: Record<string, number>;
  seconds: number;
  /** Per community: its id and the bench logins (staff, grid members, one representative; all representatives are rep-NNN-HHHHH). */
  accounts: Array<{ communityId: string; name: string; staff: string[]; grid: string[]; representatives: number; sampleRepresentative: string | null }>;
}

const sqliteFileOf = (o: GenerateOptions) => path.resolve(o.sqlitePath ?? path.join(o.dataDir, 'gongzhi.sqlite'));

async function prepare(o: GenerateOptions): Promise<SqliteSink | PgSink> {
  if (o.databaseUrl) {
    if (o.reset) {
      const c = new pg.Client({ connectionString: o.databaseUrl });
      await c.connect();
      await c.query('drop schema public cascade; create schema public');
      await c.end();
    }
    const database = openDatabase({ databaseUrl: o.databaseUrl, dataDir: o.dataDir });
    try {
      await migrateToLatest(database.db);
      const { rows } = await sql<{ n: number }>`select count(*) as n from users`.execute(database.db);
      if (Number(rows[0].n) > 0) throw new Error('the database already has data; pass --reset to replace it');
    } finally {
      await database.close();
    }
    const sink = new PgSink(o.databaseUrl);
    await sink.open();
    return sink;
  }
  const file = sqliteFileOf(o);
  if (fs.existsSync(file)) {
    if (!o.reset) throw new Error(`${file} exists; pass --reset to replace it`);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  }
  const database = openDatabase({ dataDir: o.dataDir, sqliteFile: file });
  await migrateToLatest(database.db);
  await database.close();
  return new SqliteSink(file);
}

export async function generate(o: GenerateOptions): Promise<Manifest> {
  const t0 = performance.now();
  const seed = o.seed ?? 1;
  const years = o.years ?? 3;
  const households = o.households ?? 2000;
  const perYear = o.ticketsPerHouseholdYear ?? 1.11;
  const untilDay = o.until ?? new Date();
  const until = Date.UTC(untilDay.getUTCFullYear(), untilDay.getUTCMonth(), untilDay.getUTCDate());
  const start = until - Math.round(years * 365 * DAY);
  fs.mkdirSync(o.dataDir, { recursive: true });
  const secret = loadSecret(process.env.GONGZHI_SECRET_KEY, o.dataDir);
  const passwordHash = await hashPassword(BENCH_PASSWORD);

  const sink = await prepare(o);
  const counts: Record<string, number> = {};
  let total = 0;
  const count = (table: string, n: number) => {
    counts[table] = (counts[table] ?? 0) + n;
    total += n;
  };
  const add = (table: string, row: Row) => {
    count(table, 1);
    sink.add(table, row);
  };
  const progress = (phase: Progress['phase'], done: number, step?: string) => {
    const s = (performance.now() - t0) / 1000;
    o.onProgress?.({
      phase, done, total: o.communities, rows: total, rowsPerSecond: Math.round(total / Math.max(s, 0.001)),
      etaSeconds: phase === 'communities' && done > 0 ? Math.round((s / done) * (o.communities - done)) : null, step,
    });
  };
  const accounts: Manifest['accounts'] = [];
  try {
    await sink.beginLoad();
    // The platform chain: the bench admin, then every community's accounts in community order.
    const platformId = idMaker(rngFor(seed, 1_000_000));
    const platform = new ChainWriter('platform', null);
    const platformSink = { add: (table: string, row: Row) => add(table, row) } as Sink;
    const built = start - 30 * DAY;
    const adminId = platformId(built);
    add('users', {
      id: adminId, login: BENCH_ADMIN, phone: null, display_name: '区级管理员', password_hash: passwordHash, platform_admin: true, disabled: false,
      locale: null, created_at: iso(built), updated_at: iso(built),
    });
    platform.write(platformSink, [{ at: built, actorId: null, entityType: 'user', entityId: adminId, action: 'users.create', after: { login: BENCH_ADMIN, displayName: '区级管理员', platformAdmin: true } }], platformId);
    const towns = Array.from({ length: Math.min(TOWNS.length, Math.max(1, Math.ceil(o.communities / 18))) }, (_, i) => ({ id: platformId(built), name: TOWNS[i], code: `T${i + 1}` }));
    for (const t of towns) add('towns', { ...t, created_at: iso(built), updated_at: iso(built) });
    await sink.flush();

    const init: WorkerInit = {
      seed, years, households, perYear, start, until, built, secret, passwordHash, databaseUrl: o.databaseUrl, towns: towns.map((t) => ({ id: t.id, name: t.name })),
    };
    // Results arrive in any order; accounts join the platform chain strictly in community order.
    const results = new Map<number, Extract<FromWorker, { community: number }>>();
    let chained = 0;
    const chainReady = () => {
      for (let r = results.get(chained); r; r = results.get(chained)) {
        platform.write(platformSink, r.platform, platformId);
        accounts.push({ communityId: r.communityId, ...r.accounts });
        results.delete(chained++);
      }
    };
    let next = 0;
    const threads = Math.max(1, Math.min(o.workers ?? 2, o.communities));
    await Promise.all(Array.from({ length: threads }, () => new Promise<void>((resolve, reject) => {
      const w = new Worker(new URL('./worker-boot.mjs', import.meta.url), { workerData: init });
      const give = () => w.postMessage((next < o.communities ? { community: next++ } : { done: true }) satisfies ToWorker);
      w.on('message', (m: FromWorker) => {
        if ('error' in m) {
          void w.terminate();
          reject(new Error(m.error));
        } else if ('rows' in m) (sink as SqliteSink).addRows(m.rows, m.cols, m.values, m.n);
        else {
          for (const [table, n] of Object.entries(m.counts)) count(table, n);
          results.set(m.community, m);
          chainReady();
          progress('communities', results.size + chained);
          give();
        }
      });
      w.on('error', reject);
      w.on('exit', () => resolve());
      give();
    })));
    if (chained !== o.communities) throw new Error(`only ${chained} of ${o.communities} communities were made`);
    add('audit_heads', { chain: platform.chain, seq: platform.seq, hash: platform.head });
    await sink.flush();
    await sink.endLoad((step) => progress('indexes', o.communities, step));
  } finally {
    await sink.close();
  }
  // The dashboards' summary tables are that module's to compute: rebuilt from the loaded rows by its own function.
  progress('indexes', o.communities, 'dashboard summaries');
  const database = openDatabase({ databaseUrl: o.databaseUrl, dataDir: o.dataDir, sqliteFile: o.databaseUrl ? undefined : sqliteFileOf(o) });
  try {
    installedModules(); // the summarised modules provide their facts through their manifests
    count('dashboard summary rows', await rebuildSummaries(database.db));
    // The ANALYZE of endLoad ran before these tables were filled: without fresh statistics PostgreSQL
    // plans the dashboard for ~10 cell rows where there are ~600 (sorts and groups instead of an index walk).
    if (o.databaseUrl) await sql`analyze dashboard_ticket_cells, dashboard_grid_months, dashboard_category_months, dashboard_months`.execute(database.db);
  } finally {
    await database.close();
  }
  const manifest: Manifest = {
    dialect: sink.dialect, sqliteFile: o.databaseUrl ? null : sqliteFileOf(o), dataDir: path.resolve(o.dataDir),
    seed, communities: o.communities, years, until: iso(until), password: BENCH_PASSWORD, admin: BENCH_ADMIN, rows: counts,
    seconds: Math.round((performance.now() - t0) / 100) / 10, accounts,
  };
  fs.writeFileSync(path.join(o.dataDir, 'bench.json'), JSON.stringify(manifest, null, 2));
  progress('done', o.communities);
  return manifest;
}
