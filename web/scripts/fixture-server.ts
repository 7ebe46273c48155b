// Serves the built web app over the server-test fixture (communities A and B, one account per role, password
// TEST_PASSWORD), for looking at pages before the demo seed exists. Dev tool only:
//   PORT=3100 npx tsx web/scripts/fixture-server.ts
import path from 'node:path';
import { buildApp } from '../../server/app';
import { loadConfig } from '../../server/core/config';
import { Secrets } from '../../server/core/pii';
import { openTestDatabase } from '../../server/testing/database';
import { seedFixture, TEST_PASSWORD } from '../../server/testing/fixture';
import { TEST_SECRET } from '../../server/testing/harness';
import { modules } from '../../server/modules';
import org from '../../server/modules/org';

// The org plugin may not be registered in modules/index.ts yet; add it for this tool only.
if (!modules.includes(org)) modules.unshift(org);
const testDb = await openTestDatabase();
const config = { ...loadConfig({ ...process.env, GONGZHI_DATA_DIR: testDb.dataDir, LOG_LEVEL: 'warn' }), webDist: path.resolve(import.meta.dirname, '../dist') };
await seedFixture(testDb.database.db, new Secrets(TEST_SECRET));
const app = await buildApp({ config, database: testDb.database, secret: TEST_SECRET });
await app.listen({ port: config.port, host: '127.0.0.1' });
console.log(`fixture server on http://127.0.0.1:${config.port} — users staff, resident1, … password ${TEST_PASSWORD}`);
