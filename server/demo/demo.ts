import type { Config } from '../core/config';
import type { Database } from '../core/db/kysely';

/** Seeds the 砖桥居民区 demo when the database is empty; returns the banner printed at start. */
export async function ensureDemo(_database: Database, _secret: string, _config: Config): Promise<{ banner: (url: string) => string }> {
  throw new Error('The demo seed is not written yet');
}
