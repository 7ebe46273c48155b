import path from 'node:path';
import { parseArgs } from 'node:util';
import { generate, type Progress } from './generate';

/**
 * `npm run bench:data -- --communities N [--seed S] [--years 3] [--out DIR] [--reset]`
 * SQLite in DIR/gongzhi.sqlite (default bench/.data/bench-N), or the database in DATABASE_URL; the
 * key file and bench.json (accounts, password, row counts) go to DIR. Progress on stderr.
 */
const { values } = parseArgs({
  options: {
    communities: { type: 'string' }, seed: { type: 'string', default: '1' }, years: { type: 'string', default: '3' },
    households: { type: 'string' }, out: { type: 'string' }, until: { type: 'string' }, reset: { type: 'boolean', default: false },
  },
});
const n = Number(values.communities);
if (!Number.isInteger(n) || n < 1) {
  console.error('usage: npm run bench:data -- --communities N [--seed S] [--years 3] [--households 2000] [--until YYYY-MM-DD] [--out DIR] [--reset]');
  process.exit(2);
}
const databaseUrl = process.env.DATABASE_URL || undefined;
const root = path.resolve(import.meta.dirname, '../..');
const dataDir = path.resolve(values.out ?? path.join(root, 'bench/.data', databaseUrl ? `pg-bench-${n}` : `bench-${n}`));

// Round first: 779.6 s is 13m00s, not 12m60s.
const mmss = (s: number) => { const r = Math.round(s); return `${Math.floor(r / 60)}m${String(r % 60).padStart(2, '0')}s`; };
let last = 0;
const show = (p: Progress) => {
  const now = performance.now();
  if (p.phase === 'communities' && p.done < p.total && now - last < 1000) return;
  last = now;
  const where = p.phase === 'communities' ? `community ${p.done}/${p.total}` : p.phase === 'indexes' ? `rebuilding ${p.step}` : 'done';
  process.stderr.write(`${where} · ${(p.rows / 1e6).toFixed(2)}M rows · ${Math.round(p.rowsPerSecond / 1000)}k rows/s${p.etaSeconds !== null ? ` · ETA ${mmss(p.etaSeconds)}` : ''}\n`);
};

const m = await generate({
  communities: n, seed: Number(values.seed), years: Number(values.years), households: values.households ? Number(values.households) : undefined,
  databaseUrl, dataDir, reset: values.reset, until: values.until ? new Date(values.until) : undefined, onProgress: show,
});
const total = Object.values(m.rows).reduce((a, b) => a + b, 0);
console.log(`\n${m.dialect}: ${n} communities, ${(total / 1e6).toFixed(2)}M rows in ${mmss(m.seconds)}`);
for (const [t, c] of Object.entries(m.rows).sort((a, b) => b[1] - a[1])) console.log(`  ${t.padEnd(26)} ${c.toLocaleString('en')}`);
console.log(`\nData dir: ${m.dataDir}${m.sqliteFile ? `\nSQLite:   ${m.sqliteFile}` : ''}`);
console.log(`Serve:    GONGZHI_DATA_DIR=${m.dataDir}${databaseUrl ? ' DATABASE_URL=…' : ''} node bin/gongzhi.mjs serve`);
console.log(`Sign in:  ${m.admin}, ${m.accounts[0]?.staff[0]}, ${m.accounts[0]?.grid[0]}, ${m.accounts[0]?.sampleRepresentative} — password ${m.password}`);
