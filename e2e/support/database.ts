import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { inject } from 'vitest';

/**
 * One SQL statement against the running server's database, whichever dialect the run uses: for
 * specs that must do what the UI cannot (age a record past its deadline; the server's clock cannot
 * be moved). Write it with `?` placeholders; they become $1, $2… on PostgreSQL.
 */
export async function runSql(statement: string, params: unknown[]): Promise<void> {
  const url = inject('databaseUrl');
  if (url) {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      let i = 0;
      await c.query(
        statement.replace(/\?/g, () => `$${++i}`),
        params,
      );
    } finally {
      await c.end();
    }
    return;
  }
  const db = new Database(path.join(inject('dataDir'), 'gongzhi.sqlite'));
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare(statement).run(...params);
  } finally {
    db.close();
  }
}
