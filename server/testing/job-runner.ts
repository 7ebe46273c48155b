import readline from 'node:readline';
import { buildApp } from '../app';
import { runJobsOnce } from '../core/scheduler';
import { openRuntime } from '../runtime';

/**
 * One app server, as `gongzhi serve` builds it from the environment (DATABASE_URL or
 * GONGZHI_DATA_DIR, GONGZHI_SECRET_KEY), that runs one scheduled job when told: for tests of what
 * several app servers do to one database at once. Prints `ready`, then on each `go` line on stdin runs
 * the job (`argv[2]`) `argv[3]` times and prints `done`; exits when stdin closes.
 */
const [job, times = '1'] = process.argv.slice(2);
const rt = await openRuntime({ migrate: false });
const app = await buildApp(rt);
await app.ready();
const lines = readline.createInterface({ input: process.stdin });
console.log('ready');
for await (const line of lines) {
  if (line.trim() !== 'go') continue;
  for (let i = 0; i < Number(times); i++) await runJobsOnce(app.ctx, job);
  console.log('done');
}
await app.close();
await rt.database.close();
