import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from './app';
import { verifyChains } from './core/audit/audit';
import { listVerifiers } from './core/verify';
import { installedModules } from './modules';
import { startScheduler } from './core/scheduler';
import { migrateToLatest } from './core/db/migrate';
import { backup, defaultBackupPath, restore } from './core/db/backup';
import { loadConfig } from './core/config';
import { sweepSessions } from './core/auth/sessions';
import { openRuntime } from './runtime';
import { createAdmin } from './modules/org/accounts.service';
import { ensureDemo } from './demo/demo';
import type { Database } from './core/db/kysely';

const HELP = `gongzhi — 共治 co-governance platform

Commands:
  serve                 start the platform (data in ./data, or DATABASE_URL)
  demo                  seed the 砖桥居民区 demo community if empty, then serve (data in ./data/demo)
  migrate               bring the database schema up to date
  verify                recompute every audit hash chain; exit 1 naming the first broken event
  backup [--out FILE]   online backup (SQLite backup API / pg_dump) while the platform keeps running
  restore FILE          restore a backup into an empty data directory or database
  create-admin          create a platform admin: --login NAME [--name 名字] (password from GONGZHI_ADMIN_PASSWORD or stdin)

Environment: PORT (3000), HOST (127.0.0.1), DATABASE_URL (postgres://…; SQLite when unset),
GONGZHI_DATA_DIR, GONGZHI_SECRET_KEY, GONGZHI_DEMO_PASSWORD, GONGZHI_PUBLIC_URL, LOG_LEVEL.`;

const ROOT = path.resolve(import.meta.dirname, '..');

async function serve(rt: Awaited<ReturnType<typeof openRuntime>>, banner?: (url: string) => string) {
  const startedAt = performance.now();
  const app = await buildApp(rt);
  await app.listen({ port: rt.config.port, host: rt.config.host });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : rt.config.port;
  const url = `http://${rt.config.host === '0.0.0.0' ? '127.0.0.1' : rt.config.host}:${port}`;
  const sweep = setInterval(
    () => sweepSessions(rt.database.db).catch((e) => app.log.warn(e, 'session sweep failed')),
    10 * 60 * 1000,
  );
  sweep.unref();
  const stopJobs = startScheduler(app.ctx, app.log, rt.config.jobsEveryMs);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    clearInterval(sweep);
    stopJobs();
    // Stop accepting, finish in-flight requests, then close the database.
    await app.close();
    await rt.database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  console.log(
    `\nGongzhi 共治 is ready at ${url}  (${rt.database.dialect}, ${Math.round(performance.now() - startedAt)} ms to listen)`,
  );
  if (banner) console.log(banner(url));
}

async function verify(database: Database): Promise<number> {
  const reports = await verifyChains(database.db);
  let bad = 0;
  for (const r of reports) {
    if (r.ok) console.log(`ok    audit chain ${r.chain}: ${r.events} events, head ${r.head.slice(0, 16)}…`);
    else {
      bad++;
      console.log(
        `FAIL  audit chain ${r.chain}: broken at event #${r.firstBreak!.seq} (${r.firstBreak!.id}): ${r.firstBreak!.reason}`,
      );
    }
  }
  let checks = reports.length;
  installedModules(); // the modules' verifiers
  for (const v of listVerifiers()) {
    for (const line of await v.fn(database.db)) {
      checks++;
      if (!line.ok) bad++;
      console.log(`${line.ok ? 'ok  ' : 'FAIL'}  ${line.text}`);
    }
  }
  console.log(`${checks} chain(s) checked, ${bad} broken`);
  return bad ? 1 : 0;
}

export async function main(argv: string[]): Promise<void> {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case 'serve': {
        await serve(await openRuntime());
        return;
      }
      case 'demo': {
        const rt = await openRuntime({ defaultDataDir: path.join(ROOT, 'data/demo') });
        const demo = await ensureDemo(rt.database, rt.secret, rt.config);
        await serve(rt, demo.banner);
        return;
      }
      case 'migrate': {
        const rt = await openRuntime({ migrate: false });
        installedModules(); // a migration may ask a module for a backfill
        const applied = await migrateToLatest(rt.database.db);
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Schema is up to date.');
        await rt.database.close();
        return;
      }
      case 'verify-consultation': {
        const { verifyConsultationFile } = await import('./modules/consultations/consultations.cli');
        process.exit(verifyConsultationFile(rest));
      }
      case 'verify': {
        const rt = await openRuntime();
        const code = await verify(rt.database);
        await rt.database.close();
        process.exit(code);
      }
      case 'backup': {
        const { values } = parseArgs({ args: rest, options: { out: { type: 'string' } } });
        const config = loadConfig();
        const dest = path.resolve(values.out ?? defaultBackupPath(config));
        const t0 = performance.now();
        await backup(config, dest);
        console.log(`Backup written to ${dest} (${config.dialect}, ${Math.round(performance.now() - t0)} ms)`);
        return;
      }
      case 'restore': {
        const from = rest[0];
        if (!from) throw new Error('restore needs the backup file: gongzhi restore FILE');
        const config = loadConfig();
        await restore(config, path.resolve(from));
        console.log(
          `Restored ${from} into ${config.dialect === 'postgres' ? 'the database at DATABASE_URL' : config.dataDir}. Run \`gongzhi verify\` to check it.`,
        );
        return;
      }
      case 'create-admin': {
        const { values } = parseArgs({ args: rest, options: { login: { type: 'string' }, name: { type: 'string' } } });
        if (!values.login) throw new Error('create-admin needs --login NAME');
        const password =
          process.env.GONGZHI_ADMIN_PASSWORD ?? (await readStdinLine('Password (at least 10 characters): '));
        const rt = await openRuntime();
        await createAdmin(rt.database.db, { login: values.login, displayName: values.name ?? values.login, password });
        console.log(`Platform admin "${values.login}" created.`);
        await rt.database.close();
        return;
      }
      default:
        console.log(HELP);
        process.exit(cmd && cmd !== 'help' && cmd !== '--help' ? 2 : 0);
    }
  } catch (e) {
    console.error(`gongzhi ${cmd}: ${(e as Error).message}`);
    process.exit(1);
  }
}

async function readStdinLine(prompt: string): Promise<string> {
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const line = await rl.question(prompt);
  rl.close();
  return line.trim();
}
