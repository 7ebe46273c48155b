// `npm run bench [-- --quick] [--dialect sqlite|postgres|both] [--communities N] [--docs-from FILE]`: see bench/README.md.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../server/core/db/kysely';
import { migrateToLatest } from '../server/core/db/migrate';
import { checkBallots, checkChains, checkModules, checkTickets, countPhotoTickets } from './checks';
import { generate } from './data/generate';
import { phoneFigures } from './lighthouse';
import { BENCH_PASSWORD, prepareFixture } from './fixture';
import { api, signIn } from './http';
import { failed, runLoad, type LoadFigures } from './load';
import { report, writeDocs, type DialectResult, type RunResult } from './report';
import { appScenarios, baselineScenarios, CREATED_TITLE, type Created, type Session } from './scenarios/app';
import { ballotBurst, photoBurst, samplePhoto } from './scenarios/bursts';
import { moduleBaselineScenarios, moduleScenarios, newWrites, prepareModules } from './scenarios/modules';
import { cpuMsOf, memoryOf, ROOT, sampleMemory, startChild, startServer } from './server';
import type { BaselineConfig } from './baseline';
import { twoServers, type TwoServerResult } from './two-servers';

type Dialect = 'sqlite' | 'postgres';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    dialect: { type: 'string', default: 'both' },
    communities: { type: 'string' },
    fresh: { type: 'boolean', default: false },
    'sqlite-dir': { type: 'string' },
    'pg-url': { type: 'string' },
    /** Profile the server under load (node --cpu-prof); the .cpuprofile files land in <BENCH_DIR>/profiles. */
    'cpu-prof': { type: 'boolean', default: false },
    /** Only a burst of this many photo reports (quick-sized data unless --communities), its peak RSS measured alone. */
    'photo-burst': { type: 'string' },
    /** Two app servers on one PostgreSQL (bench/two-servers.ts); with --quick alone, also part of a full run. */
    'two-servers': { type: 'boolean', default: false },
    /** Only server CPU per created ticket and per cast ballot: this many of each (quick-sized data unless --communities). */
    'write-cpu': { type: 'string' },
    /** Only rewrite the figures block of docs/performance.md from a saved run (bench/results/*.json). */
    'docs-from': { type: 'string' },
  },
});
if (args['docs-from']) {
  writeDocs(JSON.parse(fs.readFileSync(args['docs-from'], 'utf8')) as RunResult);
  process.exit(0);
}

const photoOnly = args['photo-burst'] ? Number(args['photo-burst']) : 0;
const writeCpu = args['write-cpu'] ? Number(args['write-cpu']) : 0;
const quick = args.quick! || !!photoOnly || !!writeCpu;
/** Sizes: quick mode proves the whole path works (CI), full mode measures. */
// Quick mode runs each scenario up to 1 s and at most `requests` requests: it proves each path answers, so a read
// that answers 1,000 times a second need not go on for the whole second (92 runs of 1 s were most of CI's bench
// step). `rounds` evaluation rounds (and as many for the baseline) take 9 committee members' sheets each;
// `projects` funded projects (and as many for the baseline) take the spending.
const P = quick
  ? {
      communities: 2,
      years: 1,
      duration: 1,
      requests: 150,
      starts: 1,
      ballotPool: 600,
      burstBallots: 1000,
      burstPhotos: 100,
      rounds: 20,
      projects: 5,
    }
  : {
      communities: 300,
      years: 3,
      duration: 10,
      requests: Infinity,
      starts: 5,
      ballotPool: 6000,
      burstBallots: 10_000,
      burstPhotos: 1000,
      rounds: 200,
      projects: 20,
    };
const N = Number(args.communities ?? P.communities);
/** A scenario's requests: its own pool (ballots, work orders to quote…) if it has one, at most `P.requests`. */
const amountOf = (sc: { amount?: number }) => {
  const n = Math.min(sc.amount ?? Infinity, P.requests);
  return Number.isFinite(n) ? n : undefined;
};
const CONNECTIONS = 10;
const PORT = Number(process.env.BENCH_PORT ?? 4471);
const BASE_PORT = PORT + 1;
const WORK = process.env.BENCH_DIR ?? '/tmp/gongzhi-bench';
const PG_ADMIN = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dialects: Dialect[] = args.dialect === 'both' ? ['sqlite', 'postgres'] : [args.dialect as Dialect];
if (!dialects.every((d) => d === 'sqlite' || d === 'postgres'))
  throw new Error('--dialect is sqlite, postgres or both');

const log = (msg: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);
const loadavg = () => os.loadavg().map((n) => Math.round(n * 100) / 100);
/** An open-for-a-day consultation of one yes/no question, for the ballot scenarios. */
const benchConsultation = (title: string) => {
  const now = Date.now();
  return {
    title,
    description: '基准测试',
    questions: [
      {
        key: 'q1',
        text: '是否同意加装电梯？',
        options: [
          { key: 'agree', label: '同意' },
          { key: 'disagree', label: '不同意' },
        ],
        approveOption: 'agree',
      },
    ],
    scope: { kind: 'all' },
    opensAt: new Date(now - 60_000).toISOString(),
    closesAt: new Date(now + 86_400_000).toISOString(),
    participation: { op: '>=', num: 2, den: 3 },
    approval: { op: '>', num: 1, den: 2 },
  };
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Where the dialect's data lives: an existing database (--sqlite-dir / --pg-url) or the bench's own. */
function target(d: Dialect): { env: NodeJS.ProcessEnv; existing: boolean; dbName?: string } {
  // The data dir holds the key file the generator wrote (ID numbers are encrypted with it) and uploads.
  if (d === 'sqlite') {
    const dir = args['sqlite-dir'] ?? path.join(WORK, `sqlite-n${N}`);
    return { env: { GONGZHI_DATA_DIR: dir, DATABASE_URL: '' }, existing: !!args['sqlite-dir'] };
  }
  if (args['pg-url'])
    return { env: { GONGZHI_DATA_DIR: path.join(WORK, 'pg-files'), DATABASE_URL: args['pg-url'] }, existing: true };
  // BENCH_PG_DB: another name, so two checkouts can run the bench on one PostgreSQL at once.
  const dbName = process.env.BENCH_PG_DB ?? `gongzhi_bench_n${N}`;
  const url = new URL(PG_ADMIN);
  url.pathname = `/${dbName}`;
  return {
    env: { GONGZHI_DATA_DIR: path.join(WORK, `pg-files-n${N}`), DATABASE_URL: url.toString() },
    existing: false,
    dbName,
  };
}

async function communitiesIn(env: NodeJS.ProcessEnv): Promise<number> {
  const database = openDatabase({ databaseUrl: env.DATABASE_URL || undefined, dataDir: env.GONGZHI_DATA_DIR! });
  try {
    await migrateToLatest(database.db);
    const r = await database.db
      .selectFrom('communities')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  } catch {
    return 0;
  } finally {
    await database.close();
  }
}

/**
 * Generates the district with H3's generator unless the same size is already there (a full N=300
 * district takes minutes to build; quick mode and --fresh always start over).
 */
async function prepareData(d: Dialect): Promise<{ env: NodeJS.ProcessEnv; generatedSeconds: number | null }> {
  const t = target(d);
  if (t.existing) return { env: t.env, generatedSeconds: null };
  // Quick mode's small district is remade each time; `--write-cpu` / `--photo-burst` with `--communities` measure
  // on the district already there (at N=300 it takes 25 minutes to make).
  const fresh = args.fresh || args.quick || (quick && !args.communities);
  if (d === 'postgres') {
    const admin = new pg.Client({ connectionString: PG_ADMIN });
    await admin.connect();
    const exists = (await admin.query('select 1 from pg_database where datname = $1', [t.dbName])).rowCount;
    if (exists && fresh) await admin.query(`drop database ${t.dbName} with (force)`);
    if (!exists || fresh) await admin.query(`create database ${t.dbName}`);
    await admin.end();
  } else if (fresh) fs.rmSync(t.env.GONGZHI_DATA_DIR!, { recursive: true, force: true });
  fs.mkdirSync(t.env.GONGZHI_DATA_DIR!, { recursive: true });
  if (!fresh && (await communitiesIn(t.env)) >= N) {
    log(`${d}: reusing the N=${N} district already in ${t.env.DATABASE_URL || t.env.GONGZHI_DATA_DIR}`);
    return { env: t.env, generatedSeconds: null };
  }
  const t0 = performance.now();

  let last = 0;
  let phase = '';
  await generate({
    communities: N,
    seed: 1,
    years: P.years,
    dataDir: t.env.GONGZHI_DATA_DIR!,
    reset: true,
    ...(d === 'postgres'
      ? { databaseUrl: t.env.DATABASE_URL }
      : { sqlitePath: path.join(t.env.GONGZHI_DATA_DIR!, 'gongzhi.sqlite') }),
    onProgress: (p) => {
      if (p.phase === phase && performance.now() - last < 10_000) return;
      last = performance.now();
      phase = p.phase;
      log(
        `${d}: generating: ${p.phase} ${p.done}/${p.total}${p.step ? ` ${p.step}` : ''}, ${(p.rows / 1e6).toFixed(2)}M rows`,
      );
    },
  });
  const generatedSeconds = Math.round((performance.now() - t0) / 100) / 10;
  log(`${d}: generated N=${N} in ${generatedSeconds} s`);
  return { env: t.env, generatedSeconds };
}

async function benchDialect(d: Dialect): Promise<DialectResult> {
  const load0 = loadavg();
  const { env, generatedSeconds } = await prepareData(d);
  const logFile = path.join(WORK, 'logs', `${d}-server.log`);
  const pool = P.ballotPool + P.burstBallots;

  const database = openDatabase({ databaseUrl: env.DATABASE_URL || undefined, dataDir: env.GONGZHI_DATA_DIR! });
  // Start-to-ready is measured on a migrated database: a new migration's one-off work happens here.
  await migrateToLatest(database.db);
  log(`${d}: preparing bench accounts and ${pool} representatives' sessions`);
  const fx = await prepareFixture(database, pool);
  const size = await database.db
    .selectFrom('households')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const tickets = await database.db
    .selectFrom('tickets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  await database.close();

  // Start to ready on the migrated database, a few times (the last start is the one that serves the load): the median counts.
  const readyMs: number[] = [];
  for (let i = 1; i < P.starts; i++) {
    const s = await startServer(env, PORT, logFile);
    readyMs.push(Math.round(s.readyMs));
    await s.stop();
  }
  // (--cpu-prof is refused in NODE_OPTIONS, so it goes on the command line.)
  const profile = args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${path.join(WORK, 'profiles', d)}`] : [];
  const server = await startServer(env, PORT, logFile, profile);
  readyMs.push(Math.round(server.readyMs));
  // bin/gongzhi.mjs runs dist/server.mjs when it is current and says so when it falls back to the sources.
  const serverFrom =
    fs.existsSync(path.join(ROOT, 'dist/server.mjs')) && !server.startLog.includes('running the TypeScript sources')
      ? 'bundle'
      : 'sources';
  log(`${d}: start to ready ${readyMs.join(', ')} ms (${serverFrom})`);
  const url = server.url;
  const pid = server.proc.pid!;
  let modules!: Awaited<ReturnType<typeof prepareModules>>;
  let sameWorkBallots: Awaited<ReturnType<typeof checkBallots>> | undefined;
  const sameWorkReceipts: string[] = [];
  const writes = newWrites();
  const receipts: string[] = [];
  const result: DialectResult = {
    dialect: d,
    data: { communities: N, households: Number(size.n), tickets: Number(tickets.n), generatedSeconds },
    loadavg: { before: load0, after: [] },
    process: { serverFrom, readyMs, readyMedianMs: median(readyMs), rssIdleMb: 0, rssPeakMb: 0 },
    scenarios: [],
    bursts: {} as DialectResult['bursts'],
    failures: [],
  };
  try {
    await new Promise((r) => setTimeout(r, 2000));
    result.process.rssIdleMb = Math.round(memoryOf(pid).rssMb);

    const cookies = {
      admin: await signIn(url, fx.logins.admin, BENCH_PASSWORD),
      staff: await signIn(url, fx.logins.staff, BENCH_PASSWORD),
      grid: await signIn(url, fx.logins.grid, BENCH_PASSWORD),
    };
    const consultations = new Map<string, string>();
    for (const communityId of new Set(fx.voters.map((v) => v.communityId))) {
      const c = await api<{ id: string }>(url, 'POST', `/api/communities/${communityId}/consultations`, {
        cookie: cookies.admin,
        body: benchConsultation('基准测试：加装电梯'),
      });
      await api(url, 'POST', `/api/communities/${communityId}/consultations/${c.id}/open`, { cookie: cookies.admin });
      consultations.set(communityId, c.id);
    }
    // The baseline's ballots go into a draft of their own, so they never touch the app's chains.
    const baselineConsultation = await api<{ id: string }>(
      url,
      'POST',
      `/api/communities/${fx.communityId}/consultations`,
      { cookie: cookies.admin, body: benchConsultation('基准测试：基线') },
    );
    // The same-work ballots (issue #18) go into open consultations of their own, one per community as the
    // app's: their chains are checked after.
    const sameWorkConsultations: Record<string, string> = {};
    for (const communityId of consultations.keys()) {
      const c = await api<{ id: string }>(url, 'POST', `/api/communities/${communityId}/consultations`, {
        cookie: cookies.admin,
        body: benchConsultation('基准测试：同工作量基线'),
      });
      await api(url, 'POST', `/api/communities/${communityId}/consultations/${c.id}/open`, { cookie: cookies.admin });
      sameWorkConsultations[communityId] = c.id;
    }
    const categories = await api<{ items: Array<{ code: string }> }>(
      url,
      'GET',
      `/api/communities/${fx.communityId}/ticket-categories`,
      { cookie: cookies.staff },
    );
    const session: Session = { fx, cookies, consultations, category: categories.items[0].code };

    const ballotVoters = fx.voters.slice(0, P.ballotPool);
    const burstVoters = fx.voters.slice(P.ballotPool);
    log(`${d}: opening ${2 * P.rounds} evaluation rounds, a fee list, activities and ${2 * P.projects} projects`);
    modules = await prepareModules(url, session, ballotVoters, { rounds: P.rounds, projects: P.projects });
    const mem = sampleMemory(pid);
    const ours = new Map<string, LoadFigures>();
    // Unanswered = sent, minus answered 201 or refused (timeouts and requests in flight at the end may be stored).
    const created: Created = { sent: 0, ids: [] };
    const scenarios = [
      ...appScenarios(session, ballotVoters, (id) => receipts.push(id), created).map((sc) => ({
        sc,
        duration: P.duration,
      })),
      ...moduleScenarios(session, modules, writes).map((sc) => ({
        sc,
        duration: Math.max(P.duration, sc.minSeconds ?? 0),
      })),
    ];
    for (const { sc, duration } of scenarios) {
      log(`${d}: ${sc.label}`);
      const f = await runLoad(url, {
        connections: CONNECTIONS,
        duration,
        amount: amountOf(sc),
        request: sc.request,
      });
      ours.set(sc.key, f);
      result.scenarios.push({
        key: sc.key,
        label: sc.label,
        ours: f,
        baselineKey: sc.baseline,
        sameWorkKey: sc.sameWork,
      });
    }

    log(`${d}: burst of ${burstVoters.length} ballots at concurrency 100`);
    const ballots = await ballotBurst(url, session, burstVoters, (id) => receipts.push(id));
    log(`${d}: burst of ${P.burstPhotos} tickets with a photo at once`);
    const photos = await photoBurst(url, session, fx.voters.slice(0, P.burstPhotos), await samplePhoto());
    result.process.rssPeakMb = Math.round(mem.stop());
    await server.stop();

    const db = openDatabase({ databaseUrl: env.DATABASE_URL || undefined, dataDir: env.GONGZHI_DATA_DIR! });
    try {
      result.bursts = {
        ballots: { ...ballots, check: await checkBallots(db.db, [...consultations.values()], receipts) },
        created: await checkTickets(
          db.db,
          CREATED_TITLE,
          created.ids,
          created.sent -
            created.ids.length -
            Object.values(ours.get('create_ticket')!.non2xx).reduce((n, k) => n + k, 0),
        ),
        photos: { ...photos, stored: await countPhotoTickets(db.db, photos.title) },
      };
      log(`${d}: checking the modules' writes and their audit chains`);
      result.modules = await checkModules(db.db, modules, writes);
    } finally {
      await db.close();
    }

    // Baselines: the bare app alone on the same database, the app server stopped.
    const base = await startChild(
      ['--import', 'tsx', 'bench/baseline.ts'],
      {
        ...env,
        PORT: String(BASE_PORT),
        BENCH_BASELINE: JSON.stringify({
          communityId: fx.communityId,
          consultationId: baselineConsultation.id,
          userId: fx.voters[0].userId,
          sheet: modules.sheet,
          quote: modules.quote,
          activityId: modules.baselineActivityId,
          tag: modules.tag,
          sameWorkConsultations,
          category: session.category,
        } satisfies BaselineConfig),
      },
      BASE_PORT,
      /baseline ready/,
      path.join(WORK, 'logs', `${d}-baseline.log`),
    );
    try {
      const baselines = [
        ...baselineScenarios(fx, ballotVoters, (id) => sameWorkReceipts.push(id)).map((sc) => ({
          sc,
          duration: P.duration,
        })),
        ...moduleBaselineScenarios(modules).map((sc) => ({ sc, duration: P.duration })),
      ];
      for (const { sc, duration } of baselines) {
        log(`${d}: baseline ${sc.label}`);
        const f = await runLoad(base.url, {
          connections: CONNECTIONS,
          duration,
          amount: amountOf(sc),
          request: sc.request,
        });
        const same = result.scenarios.find((r) => r.sameWorkKey === sc.key);
        if (same) {
          same.sameWork = f;
          same.sameWorkLabel = sc.label;
          continue;
        }
        const row = result.scenarios.find((r) => r.baselineKey === sc.key)!;
        row.baseline = f;
        row.baselineLabel = sc.label;
      }
    } finally {
      await base.stop();
    }
    // The baseline wrote into the same chains: they must still verify (its hashes are computed as the app's).
    const after = openDatabase({ databaseUrl: env.DATABASE_URL || undefined, dataDir: env.GONGZHI_DATA_DIR! });
    try {
      result.modules!.afterBaseline = await checkChains(after.db, [modules.communityId, ...consultations.keys()]);
      // The same-work ballots' consultation chain, by the app's verifier: the baseline hashes as the app does.
      sameWorkBallots = await checkBallots(after.db, Object.values(sameWorkConsultations), sameWorkReceipts);
    } finally {
      await after.close();
    }
  } finally {
    await server.stop();
  }
  result.loadavg.after = loadavg();
  for (const s of result.scenarios) {
    // A scenario that got no successful answer proves nothing, however fast it looks.
    if (!s.ours.requests || s.ours.requests <= failed(s.ours))
      result.failures.push(`${d} ${s.label}: no successful answer`);
    if (s.baselineKey && !s.baseline) result.failures.push(`${d} ${s.label}: its baseline did not run`);
    if (s.baseline && (!s.baseline.requests || s.baseline.requests <= failed(s.baseline)))
      result.failures.push(`${d} baseline ${s.baselineLabel}: no successful answer`);
    if (failed(s.ours))
      result.failures.push(
        `${d} ${s.label}: ${failed(s.ours)} failed (${JSON.stringify(s.ours.non2xx)}, ${s.ours.errors} errors) ${s.ours.samples.join(' | ')}`,
      );
    if (s.sameWorkKey && (!s.sameWork || !s.sameWork.requests || s.sameWork.requests <= failed(s.sameWork)))
      result.failures.push(`${d} same-work baseline of ${s.label}: no successful answer`);
    if (s.sameWork && failed(s.sameWork))
      result.failures.push(
        `${d} same-work baseline ${s.sameWorkLabel}: ${failed(s.sameWork)} failed ${s.sameWork.samples.join(' | ')}`,
      );
    if (s.baseline && failed(s.baseline))
      result.failures.push(
        `${d} baseline ${s.baselineLabel}: ${failed(s.baseline)} failed ${s.baseline.samples.join(' | ')}`,
      );
  }
  for (const w of result.modules?.writes ?? []) {
    if (!w.acknowledged) result.failures.push(`${d} ${w.key}: no write acknowledged`);
    if (w.lost) result.failures.push(`${d} ${w.key}: ${w.lost} acknowledged but not stored`);
    if (w.extra > w.unanswered)
      result.failures.push(
        `${d} ${w.key}: ${w.extra} stored beyond the ${w.acknowledged} acknowledged, but only ${w.unanswered} requests went unanswered (doubled, or stored though refused)`,
      );
    for (const p of w.problems) result.failures.push(`${d} ${w.key}: ${p}`);
  }
  if (!sameWorkBallots) result.failures.push(`${d} same-work ballots: not checked`);
  else {
    for (const b of sameWorkBallots.brokenChains) result.failures.push(`${d} same-work ballot chain broken: ${b}`);
    if (sameWorkBallots.lost)
      result.failures.push(`${d} same-work ballots: ${sameWorkBallots.lost} acknowledged but not stored`);
    if (sameWorkBallots.duplicated)
      result.failures.push(`${d} same-work ballots: ${sameWorkBallots.duplicated} households with two ballots`);
  }
  for (const b of [...(result.modules?.chains.broken ?? []), ...(result.modules?.afterBaseline?.broken ?? [])])
    result.failures.push(`${d} audit chain broken: ${b}`);
  const { ballots, photos, created } = result.bursts;
  if (!ballots.requests) result.failures.push(`${d} ballot burst: no requests answered`);
  if (!created.acknowledged) result.failures.push(`${d} create a ticket: no ticket acknowledged`);
  if (created.lost) result.failures.push(`${d} tickets: ${created.lost} acknowledged but lost`);
  if (created.extra > created.unanswered) {
    result.failures.push(
      `${d} tickets: ${created.extra} stored beyond the ${created.acknowledged} acknowledged, but only ${created.unanswered} requests went unanswered (doubled, or stored though refused)`,
    );
  }
  if (failed(ballots))
    result.failures.push(`${d} ballot burst: ${failed(ballots)} failed ${ballots.samples.join(' | ')}`);
  if (ballots.check.lost) result.failures.push(`${d} ballots: ${ballots.check.lost} acknowledged but lost`);
  if (ballots.check.duplicated)
    result.failures.push(`${d} ballots: ${ballots.check.duplicated} households with two ballots`);
  for (const b of ballots.check.brokenChains) result.failures.push(`${d} consultation chain broken: ${b}`);
  if (photos.failures.length)
    result.failures.push(
      `${d} photo burst: ${photos.failures.length} failed: ${photos.failures.slice(0, 3).join(' | ')}`,
    );
  if (photos.stored.tickets !== photos.acknowledged || photos.stored.photos !== photos.acknowledged) {
    result.failures.push(
      `${d} photo burst: ${photos.acknowledged} acknowledged, ${photos.stored.tickets} tickets and ${photos.stored.photos} photos stored`,
    );
  }
  return result;
}

/**
 * `--photo-burst N`: only N photo reports at once on a fresh quick-sized district, the server's peak RSS during
 * them (VmHWM reset at the start through /proc/<pid>/clear_refs), how many were refused `busy` and the longest
 * answer. Started as the other runs start it (MALLOC_ARENA_MAX=2 unless the environment sets another value).
 */
async function photoBurstOnly(d: Dialect, n: number) {
  const { env } = await prepareData(d);
  const database = openDatabase({ databaseUrl: env.DATABASE_URL || undefined, dataDir: env.GONGZHI_DATA_DIR! });
  await migrateToLatest(database.db);
  const fx = await prepareFixture(database, n);
  await database.close();
  const server = await startServer(env, PORT, path.join(WORK, 'logs', `${d}-photos.log`));
  try {
    const pid = server.proc.pid!;
    await new Promise((r) => setTimeout(r, 2000));
    const idle = Math.round(memoryOf(pid).rssMb);
    const staff = await signIn(server.url, fx.logins.staff, BENCH_PASSWORD);
    const categories = await api<{ items: Array<{ code: string }> }>(
      server.url,
      'GET',
      `/api/communities/${fx.communityId}/ticket-categories`,
      { cookie: staff },
    );
    const session = {
      fx,
      cookies: { staff, grid: '', admin: '' },
      consultations: new Map(),
      category: categories.items[0].code,
    };
    const photo = await samplePhoto();
    const load0 = loadavg();
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    const mem = sampleMemory(pid);
    const p = await photoBurst(server.url, session, fx.voters.slice(0, n), photo);
    const peak = Math.round(mem.stop());
    log(
      `${d}: ${n} photo reports at once (MALLOC_ARENA_MAX=${process.env.MALLOC_ARENA_MAX ?? '2'}): ${p.acknowledged} acknowledged, ` +
        `${p.busy} busy, ${p.failures.length} failed, ${p.seconds} s, p99 ${p.p99} ms, longest ${p.maxMs} ms, ` +
        `${p.over30s} over 30 s without busy; RSS idle ${idle} MB, peak ${peak} MB; load ${load0.join(' / ')} → ${loadavg().join(' / ')}`,
    );
    if (p.failures.length) throw new Error(`photo burst failures: ${p.failures.slice(0, 3).join(' | ')}`);
  } finally {
    await server.stop();
  }
}

/**
 * `--write-cpu N`: the server's CPU (user + system, every thread, from /proc) per created ticket and per cast
 * ballot — the figure issue #18 sets a target for — with N of each sent at concurrency 10 after a warm-up of
 * N / 5 (the JIT), every request answered before the CPU is read again. Less swayed by the machine's load than
 * req/s, though not immune (a busy machine slows caches). With --cpu-prof the profile covers the whole run.
 */
async function writeCpuOnly(d: Dialect, n: number) {
  const { env } = await prepareData(d);
  const warm = Math.ceil(n / 5);
  const database = openDatabase({ databaseUrl: env.DATABASE_URL || undefined, dataDir: env.GONGZHI_DATA_DIR! });
  await migrateToLatest(database.db);
  const fx = await prepareFixture(database, 2 * (n + warm));
  await database.close();
  const profile = args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${path.join(WORK, 'profiles', d)}`] : [];
  const server = await startServer(env, PORT, path.join(WORK, 'logs', `${d}-write-cpu.log`), profile);
  try {
    const pid = server.proc.pid!;
    const url = server.url;
    const admin = await signIn(url, fx.logins.admin, BENCH_PASSWORD);
    const staff = await signIn(url, fx.logins.staff, BENCH_PASSWORD);
    const categories = await api<{ items: Array<{ code: string }> }>(
      url,
      'GET',
      `/api/communities/${fx.communityId}/ticket-categories`,
      { cookie: staff },
    );
    const consultations = new Map<string, string>();
    for (const communityId of new Set(fx.voters.map((v) => v.communityId))) {
      const c = await api<{ id: string }>(url, 'POST', `/api/communities/${communityId}/consultations`, {
        cookie: admin,
        body: benchConsultation('基准测试：写入的 CPU'),
      });
      await api(url, 'POST', `/api/communities/${communityId}/consultations/${c.id}/open`, { cookie: admin });
      consultations.set(communityId, c.id);
    }
    const session: Session = {
      fx,
      cookies: { staff, admin, grid: '' },
      consultations,
      category: categories.items[0].code,
    };
    const load0 = loadavg();
    const parts: string[] = [];
    for (const [key, voters] of [
      ['create_ticket', fx.voters.slice(0, n + warm)],
      ['cast_ballot', fx.voters.slice(n + warm)],
    ] as const) {
      const created: Created = { sent: 0, ids: [] };
      const sc = appScenarios(session, voters, () => {}, created).find((s) => s.key === key)!;
      const run = (amount: number) =>
        runLoad(url, { connections: CONNECTIONS, duration: 600, amount, request: sc.request });
      await run(warm);
      const cpu0 = cpuMsOf(pid);
      const f = await run(n);
      const cpu = cpuMsOf(pid) - cpu0;
      if (failed(f)) throw new Error(`${sc.label}: ${failed(f)} failed ${f.samples.join(' | ')}`);
      parts.push(
        `${sc.label}: ${(cpu / f.requests).toFixed(2)} ms CPU each (${f.requests} in ${f.seconds} s, ${f.rps} req/s, p95 ${f.p95} ms)`,
      );
    }
    log(
      `${d}: server CPU per write, ${n} each at concurrency ${CONNECTIONS}: ${parts.join('; ')}; load ${load0.join(' / ')} → ${loadavg().join(' / ')}`,
    );
  } finally {
    await server.stop();
  }
}

/**
 * Two app servers on the PostgreSQL district (bench/two-servers.ts): writes against one and against both,
 * a ballot burst through both, scheduled jobs raced, a role revoked on one and refused on the other.
 * Its own representatives: `ballotPool / 2` for each write run and `burstBallots` for the burst.
 */
async function benchTwoServers(): Promise<TwoServerResult> {
  const { env } = await prepareData('postgres');
  const database = openDatabase({ databaseUrl: env.DATABASE_URL || undefined, dataDir: env.GONGZHI_DATA_DIR! });
  await migrateToLatest(database.db);
  const each = P.ballotPool >> 1;
  const fx = await prepareFixture(database, 2 * each + P.burstBallots + 1);
  await database.close();
  const t0 = performance.now();
  const r = await twoServers({
    env,
    fx,
    port: PORT,
    logDir: path.join(WORK, 'logs'),
    duration: P.duration,
    voters: {
      one: fx.voters.slice(0, each),
      two: fx.voters.slice(each, 2 * each),
      burst: fx.voters.slice(2 * each, 2 * each + P.burstBallots),
    },
    log,
  });
  log(`two servers: ${Math.round((performance.now() - t0) / 1000)} s after the data`);
  return r;
}

/** The web build measured: the full run makes its own production build; quick mode uses the one there. */
const WEB_DIST = quick ? (process.env.GONGZHI_WEB_DIST ?? path.join(ROOT, 'web/dist')) : path.join(WORK, 'web-dist');

/** Gzip first-load sizes per entry, from web/scripts/sizes.mjs on a production build. */
function webFigures(): RunResult['web'] {
  const dist = WEB_DIST;
  if (!quick) {
    log('production web build');
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', dist, '--emptyOutDir'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  } else if (!fs.existsSync(path.join(dist, '.vite/manifest.json'))) {
    log('no web build found: web figures left out in quick mode (run `npx vite build` first to include them)');
    return null;
  }
  const out = execFileSync(process.execPath, [path.join(ROOT, 'web/scripts/sizes.mjs'), dist], { encoding: 'utf8' });
  return Object.fromEntries(
    [...out.matchAll(/^(\S+): first load ([\d.]+) KB gzip/gm)].map((m) => [m[1], Number(m[2])]),
  );
}

let phonesError = '';
/** Lighthouse last: a failure there is reported with the run's other figures, not instead of them. */
async function phonesOrNull(): Promise<RunResult['phones']> {
  try {
    return await phoneFigures({ log, webDist: WEB_DIST });
  } catch (e) {
    phonesError = (e as Error).message;
    log(`Lighthouse failed: ${phonesError}`);
    return null;
  }
}

async function main() {
  if (photoOnly) {
    for (const d of dialects) await photoBurstOnly(d, photoOnly);
    return;
  }
  if (writeCpu) {
    for (const d of dialects) await writeCpuOnly(d, writeCpu);
    return;
  }
  const started = Date.now();
  // What is measured is the working tree at the start: its commit, and whether server code differed from it.
  const git = (...a: string[]) => execFileSync('git', a, { cwd: ROOT, encoding: 'utf8' }).trim();
  const commit = git('rev-parse', '--short', 'HEAD');
  const uncommitted = git('status', '--porcelain', '--', 'server', 'contract', 'bin')
    .split('\n')
    .filter(Boolean).length;
  fs.mkdirSync(path.join(WORK, 'logs'), { recursive: true });
  if (!quick) {
    // Measured as operators run it: from the server bundle (CI's quick mode runs whatever is there).
    log('server bundle (npm run build:server)');
    execFileSync('npm', ['run', 'build:server', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  }
  const results: DialectResult[] = [];
  const twoOnly = args['two-servers'] && quick;
  if (!twoOnly) for (const d of dialects) results.push(await benchDialect(d));
  // --quick --two-servers: only the two-server mode; a full run with PostgreSQL includes it.
  const two = twoOnly || (!quick && dialects.includes('postgres')) ? await benchTwoServers() : null;
  const run: RunResult = {
    timestamp: new Date().toISOString(),
    quick,
    communities: N,
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      ramGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      os: `${os.type()} ${os.release()}`,
    },
    commit: uncommitted ? `${commit} + ${uncommitted} uncommitted server files` : commit,
    // Lighthouse needs a quiet CPU and a minute per page: full mode only (`npm run bench:phones` runs it alone).
    dialects: results,
    web: twoOnly ? null : webFigures(),
    phones: quick ? null : await phonesOrNull(),
    twoServers: two,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  const failures = report(run, { writeDocs: !quick && dialects.length === 2, scratchDir: WORK });
  if (phonesError) failures.push(`Lighthouse: ${phonesError}`);
  if (failures.length) {
    console.error(`\nbench FAILED:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
