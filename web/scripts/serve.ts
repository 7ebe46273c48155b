// Serves a web build from its own folder over the demo seed (default) or the server-test fixture, so
// screenshots don't break when someone else rebuilds web/dist. Dev tool only:
//   npx vite build --outDir /tmp/gz-dist --emptyOutDir
//   PORT=3100 GONGZHI_DATA_DIR=/tmp/gz-web-demo GONGZHI_DEMO_PASSWORD=demo-pass-2026 WEB_DIST=/tmp/gz-dist npx tsx web/scripts/serve.ts [--fixture]
import path from 'node:path';
import { buildApp } from '../../server/app';
import { ensureDemo } from '../../server/demo/demo';
import { openRuntime } from '../../server/runtime';
import { Secrets } from '../../server/core/pii';
import { seedFixture, TEST_PASSWORD } from '../../server/testing/fixture';

const rt = await openRuntime();
const webDist = path.resolve(process.env.WEB_DIST ?? path.join(import.meta.dirname, '../dist'));
let banner = (url: string) => url;
if (process.argv.includes('--fixture')) {
  await seedFixture(rt.database.db, new Secrets(rt.secret));
  banner = (url) => `${url} — fixture users (staff, resident1, …), password ${TEST_PASSWORD}`;
} else {
  banner = (await ensureDemo(rt.database, rt.secret, rt.config)).banner;
}
const app = await buildApp({ ...rt, config: { ...rt.config, webDist } });
await app.listen({ port: rt.config.port, host: '127.0.0.1' });
console.log(banner(`http://127.0.0.1:${rt.config.port}`));
