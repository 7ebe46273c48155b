import path from 'node:path';
import type { Config } from '../config';
import { backupPostgres, restorePostgres } from './dialect/postgres';
import { backupSqlite, restoreSqlite } from './dialect/sqlite';

export const sqliteFileOf = (config: Config) => path.join(config.dataDir, 'gongzhi.sqlite');

/** The default backup file name: under <dataDir>/backups, stamped with the time. */
export function defaultBackupPath(config: Config, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return path.join(
    config.dataDir,
    'backups',
    `gongzhi-${stamp}.${config.dialect === 'postgres' ? 'pgdump' : 'sqlite'}`,
  );
}

export async function backup(config: Config, dest: string): Promise<void> {
  if (config.dialect === 'postgres') await backupPostgres(config.databaseUrl!, dest);
  else await backupSqlite(sqliteFileOf(config), dest);
}

export async function restore(config: Config, from: string): Promise<void> {
  if (config.dialect === 'postgres') await restorePostgres(from, config.databaseUrl!);
  else await restoreSqlite(from, sqliteFileOf(config));
}
