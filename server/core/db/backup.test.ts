import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { record, verifyChains } from '../audit/audit';
import { openDatabase } from './kysely';
import { openTestDatabase, TEST_DIALECT, type TestDatabase } from '../../testing/database';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../../bin/gongzhi.mjs');

let src: TestDatabase;
let dst: TestDatabase;
beforeAll(async () => {
  src = await openTestDatabase();
  // The restore target: an empty database (PostgreSQL) or an empty data directory (SQLite).
  dst = await openTestDatabase({ migrate: false });
  if (TEST_DIALECT === 'sqlite') {
    await dst.database.close();
    fs.rmSync(dst.database.file!);
  }
});
afterAll(async () => {
  await src?.cleanup();
  await dst?.cleanup();
});

it('backs up while writes continue, and the restored copy has every event and verifying chains', async () => {
  const db = src.database.db;
  const write = (i: number) =>
    db.transaction().execute((trx) =>
      record(trx, {
        actorId: null,
        communityId: 'c1',
        entityType: 'x',
        entityId: String(i),
        action: 'x.create',
        after: { i },
      }),
    );
  for (let i = 0; i < 50; i++) await write(i);
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gz-backup-')), 'b.bak');
  const env = (d: TestDatabase) => ({
    ...process.env,
    GONGZHI_DATA_DIR: d.dataDir,
    DATABASE_URL: d.url ?? '',
    LOG_LEVEL: 'silent',
  });
  let writing = true;
  // setImmediate between writes: SQLite calls resolve as microtasks only, which would starve the child process's exit event.
  const writer = (async () => {
    let i = 100;
    while (writing) {
      await write(i++);
      await new Promise((r) => setImmediate(r));
    }
  })();
  const res = await run('node', [BIN, 'backup', '--out', out], { env: env(src) });
  writing = false;
  await writer;
  expect(res.stdout).toContain('Backup written to');

  await run('node', [BIN, 'restore', out], { env: env(dst) });
  const restored = openDatabase({ databaseUrl: dst.url, dataDir: dst.dataDir });
  try {
    const [report] = await verifyChains(restored.db);
    expect(report.ok).toBe(true);
    expect(report.events).toBeGreaterThanOrEqual(50);
    const n = await restored.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(report.events);
  } finally {
    await restored.close();
  }
  // Restoring over existing data is refused.
  const again = await run('node', [BIN, 'restore', out], { env: env(dst) }).then(
    () => null,
    (e) => e,
  );
  expect(again?.code).toBe(1);
});
