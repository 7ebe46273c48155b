import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../core/db/kysely';
import { migrateToLatest } from '../core/db/migrate';
import { pgAdmin, pgUrlOf, TEST_DIALECT, TEST_TMP } from './database';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A database migrated once for the run, that each test file's fresh database is copied from: a PostgreSQL database name or a SQLite file. */
    migratedTemplate?: string;
  }
}

/**
 * Vitest global setup: migrates one database before the files run, so that each file copies it
 * (`CREATE DATABASE … TEMPLATE`, or a file copy) instead of running every migration again — on
 * PostgreSQL that was seconds per file. The migrations themselves are still run and tested: here,
 * and again (as a no-op that checks them) on every copy.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (TEST_DIALECT === 'postgres') {
    const name = `gz_tpl_${crypto.randomBytes(6).toString('hex')}`;
    await pgAdmin(`CREATE DATABASE ${name}`);
    const database = openDatabase({ databaseUrl: pgUrlOf(name), dataDir: os.tmpdir() });
    await migrateToLatest(database.db);
    // A template must have no connections while it is copied.
    await database.close();
    project.provide('migratedTemplate', name);
    return () => pgAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  const dir = fs.mkdtempSync(path.join(TEST_TMP, 'gongzhi-template-'));
  const database = openDatabase({ dataDir: dir });
  await migrateToLatest(database.db);
  // Closing the last connection checkpoints the write-ahead log into the file, so the file alone is the database.
  await database.close();
  project.provide('migratedTemplate', database.file!);
  return async () => fs.rmSync(dir, { recursive: true, force: true });
}
