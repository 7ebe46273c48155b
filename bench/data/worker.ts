import { parentPort, workerData } from 'node:worker_threads';
import { Secrets } from '../../server/core/pii';
import { buildCommunity } from './community';
import { generateConsultations } from './consultations';
import { ChainWriter, idMaker, rngFor, type Ctx, type Ev } from './context';
import { PgSink, type Row, type Sink } from './sink';
import { generateTickets } from './tickets';

/**
 * A generator thread: makes whole communities, one at a time as the main thread hands them out.
 * On PostgreSQL it inserts them itself over its own connection; on SQLite (one writer only) it
 * sends the rows to the main thread in column batches. Each community draws only from its own
 * seeded stream, so which thread makes it changes nothing in its rows.
 */

export interface WorkerInit {
  seed: number; years: number; households: number; perYear: number; start: number; until: number; built: number;
  secret: string; passwordHash: string; databaseUrl?: string; towns: Array<{ id: string; name: string }>;
}
export type ToWorker = { community: number } | { done: true };
export type FromWorker =
  | { rows: string; cols: string[]; values: unknown[]; n: number }
  | { community: number; communityId: string; platform: Ev[]; accounts: { name: string; staff: string[]; grid: string[]; representatives: number; sampleRepresentative: string | null }; counts: Record<string, number> }
  | { error: string };

const BATCH = 2000;

/** Buffers rows per table and posts them to the main thread, which writes them. */
class PostingSink implements Sink {
  readonly dialect = 'sqlite' as const;
  private readonly tables = new Map<string, { cols: string[]; values: unknown[]; n: number }>();
  add(table: string, row: Row): void {
    let t = this.tables.get(table);
    if (!t) this.tables.set(table, (t = { cols: Object.keys(row), values: [], n: 0 }));
    for (const c of t.cols) t.values.push(row[c]);
    if (++t.n === BATCH) this.post(table, t);
  }
  private post(table: string, t: { cols: string[]; values: unknown[]; n: number }) {
    parentPort!.postMessage({ rows: table, cols: t.cols, values: t.values, n: t.n } satisfies FromWorker);
    t.values = [];
    t.n = 0;
  }
  breathe(): void {}
  async flush(): Promise<void> {
    for (const [name, t] of this.tables) if (t.n) this.post(name, t);
  }
  async beginLoad(): Promise<void> {}
  async endLoad(): Promise<void> {}
  async close(): Promise<void> {}
}

class Counting implements Sink {
  counts: Record<string, number> = {};
  constructor(private readonly inner: Sink) {}
  get dialect() {
    return this.inner.dialect;
  }
  add(table: string, row: Row) {
    this.counts[table] = (this.counts[table] ?? 0) + 1;
    this.inner.add(table, row);
  }
  breathe() {
    return this.inner.breathe();
  }
  flush() {
    return this.inner.flush();
  }
  beginLoad() {
    return this.inner.beginLoad();
  }
  endLoad() {
    return this.inner.endLoad();
  }
  close() {
    return this.inner.close();
  }
}

/** One community, start to end: structure, people, tickets, consultations, then its audit chain. */
async function community(w: WorkerInit, sink: Counting, secrets: Secrets, i: number): Promise<FromWorker> {
  const rng = rngFor(w.seed, i);
  const id = idMaker(rng);
  const events: Ev[] = [];
  const platform: Ev[] = [];
  const c: Ctx = { sink, rng, id, secrets, passwordHash: w.passwordHash, events, platform, start: w.start, until: w.until, no: i + 1, communityId: id(w.built) };
  const town = w.towns[i % w.towns.length];
  const size = Math.round(w.households * (0.8 + rng.next() * 0.4));
  const world = buildCommunity(c, town.id, town.name, size, Math.floor(i / w.towns.length));
  const counters = await generateTickets(c, world, Math.round(world.households.length * w.perYear * w.years * (0.8 + rng.next() * 0.4)));
  for (const [year, last] of counters) sink.add('ticket_counters', { community_id: c.communityId, year, last });
  await generateConsultations(c, world, Math.max(1, Math.round(w.years * 1.11 * (0.7 + rng.next() * 0.6))));
  const chain = new ChainWriter(c.communityId, c.communityId);
  chain.write(sink, events, id);
  sink.add('audit_heads', { chain: chain.chain, seq: chain.seq, hash: chain.head });
  await sink.flush();
  const counts = sink.counts;
  sink.counts = {};
  return { community: i, communityId: c.communityId, platform, accounts: { name: world.name, ...world.logins }, counts };
}

if (parentPort) {
  const w = workerData as WorkerInit;
  const port = parentPort;
  const secrets = new Secrets(w.secret);
  let pg: PgSink | undefined;
  const ready = (async () => {
    if (!w.databaseUrl) return new Counting(new PostingSink());
    pg = new PgSink(w.databaseUrl, 1);
    await pg.open();
    return new Counting(pg);
  })();
  port.on('message', (m: ToWorker) => {
    void (async () => {
      const sink = await ready;
      if ('done' in m) {
        await sink.close();
        port.close();
        return;
      }
      port.postMessage(await community(w, sink, secrets, m.community));
    })().catch((e) => port.postMessage({ error: (e as Error).stack ?? String(e) } satisfies FromWorker));
  });
}
