import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { hashPassword } from '../../server/core/auth/password';
import { openDatabase } from '../../server/core/db/kysely';
import { migrateToLatest } from '../../server/core/db/migrate';
import { loadSecret, Secrets } from '../../server/core/pii';
import { buildCommunity } from './community';
import { generateConsultations } from './consultations';
import { ChainWriter, DAY, idMaker, iso, rngFor, type Ctx, type Ev } from './context';
import { PgSink, SqliteSink, type Sink } from './sink';
import { generateTickets } from './tickets';

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

/** Counts rows by table as they are added, for the progress line and the manifest. */
class CountingSink implements Sink {
  readonly counts: Record<string, number> = {};
  total = 0;
  constructor(private readonly inner: Sink) {}
  get dialect() {
    return this.inner.dialect;
  }
  add(table: string, row: Record<string, string | number | boolean | null>) {
    this.counts[table] = (this.counts[table] ?? 0) + 1;
    this.total++;
    this.inner.add(table, row);
  }
  breathe() {
    return this.inner.breathe();
  }
  flush() {
    return this.inner.flush();
  }
  beginLoad() {
    return this.inner.beginLoad();
  }
  endLoad(onStep?: (what: string) => void) {
    return this.inner.endLoad(onStep);
  }
  close() {
    return this.inner.close();
  }
}

async function prepare(o: GenerateOptions): Promise<Sink> {
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
  const file = path.resolve(o.sqlitePath ?? path.join(o.dataDir, 'gongzhi.sqlite'));
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
  const secrets = new Secrets(loadSecret(process.env.GONGZHI_SECRET_KEY, o.dataDir));
  const passwordHash = await hashPassword(BENCH_PASSWORD);

  const sink = new CountingSink(await prepare(o));
  const progress = (phase: Progress['phase'], done: number, step?: string) => {
    const s = (performance.now() - t0) / 1000;
    o.onProgress?.({
      phase, done, total: o.communities, rows: sink.total, rowsPerSecond: Math.round(sink.total / Math.max(s, 0.001)),
      etaSeconds: phase === 'communities' && done > 0 ? Math.round((s / done) * (o.communities - done)) : null, step,
    });
  };
  const accounts: Manifest['accounts'] = [];
  try {
    await sink.beginLoad();
    // The platform chain: the bench admin, then every account as its community is made.
    const platformRng = rngFor(seed, 1_000_000);
    const platformId = idMaker(platformRng);
    const platform = new ChainWriter('platform', null);
    const built = start - 30 * DAY;
    const adminId = platformId(built);
    sink.add('users', {
      id: adminId, login: BENCH_ADMIN, phone: null, display_name: '区级管理员', password_hash: passwordHash, platform_admin: true, disabled: false,
      locale: null, created_at: iso(built), updated_at: iso(built),
    });
    platform.write(sink, [{ at: built, actorId: null, entityType: 'user', entityId: adminId, action: 'users.create', after: { login: BENCH_ADMIN, displayName: '区级管理员', platformAdmin: true } }], platformId);
    const towns = Array.from({ length: Math.min(TOWNS.length, Math.max(1, Math.ceil(o.communities / 18))) }, (_, i) => ({ id: platformId(built), name: TOWNS[i], code: `T${i + 1}` }));
    for (const t of towns) sink.add('towns', { ...t, created_at: iso(built), updated_at: iso(built) });

    for (let i = 0; i < o.communities; i++) {
      const rng = rngFor(seed, i);
      const id = idMaker(rng);
      const events: Ev[] = [];
      const platformEvents: Ev[] = [];
      const c: Ctx = { sink, rng, id, secrets, passwordHash, events, platform: platformEvents, start, until, no: i + 1, communityId: id(built) };
      const town = towns[i % towns.length];
      const size = Math.round(households * (0.8 + rng.next() * 0.4));
      const world = buildCommunity(c, town.id, town.name, size, Math.floor(i / towns.length));
      const counters = await generateTickets(c, world, Math.round(world.households.length * perYear * years * (0.8 + rng.next() * 0.4)));
      for (const [year, last] of counters) sink.add('ticket_counters', { community_id: c.communityId, year, last });
      await generateConsultations(c, world, Math.max(1, Math.round(years * 1.11 * (0.7 + rng.next() * 0.6))));
      const chain = new ChainWriter(c.communityId, c.communityId);
      chain.write(sink, events, id);
      sink.add('audit_heads', { chain: chain.chain, seq: chain.seq, hash: chain.head });
      platform.write(sink, platformEvents, platformId);
      accounts.push({ communityId: c.communityId, name: world.name, ...world.logins });
      await sink.flush();
      progress('communities', i + 1);
    }
    sink.add('audit_heads', { chain: platform.chain, seq: platform.seq, hash: platform.head });
    await sink.flush();
    await sink.endLoad((step) => progress('indexes', o.communities, step));
  } finally {
    await sink.close();
  }
  const manifest: Manifest = {
    dialect: sink.dialect, sqliteFile: o.databaseUrl ? null : path.resolve(o.sqlitePath ?? path.join(o.dataDir, 'gongzhi.sqlite')), dataDir: path.resolve(o.dataDir),
    seed, communities: o.communities, years, until: iso(until), password: BENCH_PASSWORD, admin: BENCH_ADMIN, rows: sink.counts,
    seconds: Math.round((performance.now() - t0) / 100) / 10, accounts,
  };
  fs.writeFileSync(path.join(o.dataDir, 'bench.json'), JSON.stringify(manifest, null, 2));
  progress('done', o.communities);
  return manifest;
}
