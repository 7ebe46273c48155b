// The limit of our stack: a bare Fastify app on the SAME database, each route one prepared statement,
// no sign-in, no validation library, no audit. The bench starts it as a child process:
//   node --import tsx bench/baseline.ts   (PORT, DATABASE_URL or GONGZHI_DATA_DIR, BENCH_BASELINE={communityId,consultationId,userId})
import crypto from 'node:crypto';
import path from 'node:path';
import Fastify from 'fastify';
import { openSqlite } from '../server/core/db/dialect/sqlite';
import { openPostgres } from '../server/core/db/dialect/postgres';

const { communityId, consultationId, userId } = JSON.parse(process.env.BENCH_BASELINE ?? '{}') as Record<
  string,
  string
>;
const pgUrl = process.env.DATABASE_URL;

const TICKET_COLS = [
  'id',
  'community_id',
  'number',
  'title',
  'description',
  'category',
  'location_kind',
  'building_id',
  'urgency',
  'channel',
  'reporter_user_id',
  'created_by_user_id',
  'grid_id',
  'state',
  'reopen_count',
  'response_due_at',
  'resolution_due_at',
  'escalation_step_ms',
  'paused_ms',
  'escalation_level',
  'support_count',
  'created_at',
  'updated_at',
];
const BALLOT_COLS = [
  'id',
  'consultation_id',
  'community_id',
  'household_id',
  'channel',
  'answers',
  'status',
  'entered_by',
  'seq',
  'receipt_hash',
  'last_seq',
  'created_at',
  'updated_at',
];

const params = (n: number, pg: boolean) => Array.from({ length: n }, (_, i) => (pg ? `$${i + 1}` : '?')).join(', ');
const SQL = (pg: boolean) => ({
  insertTicket: `insert into tickets (${TICKET_COLS.join(', ')}) values (${params(TICKET_COLS.length, pg)})`,
  gridList: `select * from tickets where community_id = ${pg ? '$1' : '?'} and grid_id = ${pg ? '$2' : '?'} order by created_at desc, id desc limit 20`,
  insertBallot: `insert into consultation_ballots (${BALLOT_COLS.join(', ')}) values (${params(BALLOT_COLS.length, pg)}) on conflict (consultation_id, household_id) do nothing`,
  ticketTimeline: `select t.*, e.id as event_id, e.kind, e.from_state, e.to_state, e.message, e.created_at as event_at from tickets t left join ticket_events e on e.ticket_id = t.id where t.id = ${pg ? '$1' : '?'} order by e.created_at, e.id`,
});

type Run = (name: keyof ReturnType<typeof SQL>, values: unknown[]) => Promise<unknown[]>;

function open(): Run {
  if (pgUrl) {
    // Same pool size as the app; named queries are prepared once per connection.
    const { pool } = openPostgres(pgUrl);
    const sql = SQL(true);
    return async (name, values) => (await pool.query({ name, text: sql[name], values })).rows;
  }
  const { raw } = openSqlite(path.join(process.env.GONGZHI_DATA_DIR!, 'gongzhi.sqlite'));
  const stmts = Object.fromEntries(Object.entries(SQL(false)).map(([k, v]) => [k, raw.prepare(v)])) as Record<
    string,
    ReturnType<typeof raw.prepare>
  >;
  return async (name, values) => (stmts[name].reader ? stmts[name].all(values) : [stmts[name].run(values)]);
}

const run = open();
const app = Fastify({ logger: false });
const now = () => new Date().toISOString();

app.post('/ticket', async (req, reply) => {
  const b = req.body as { buildingId: string; gridId: string | null };
  const id = crypto.randomUUID();
  const at = now();
  await run('insertTicket', [
    id,
    communityId,
    `B${id}`,
    '基线工单',
    '基线',
    'other',
    'building',
    b.buildingId,
    'normal',
    'h5',
    userId,
    userId,
    b.gridId,
    'submitted',
    0,
    at,
    at,
    3_600_000,
    0,
    0,
    0,
    at,
    at,
  ]);
  return reply.code(201).send({ id });
});

app.get('/tickets', async (req) => {
  const q = req.query as { gridId: string };
  return { items: await run('gridList', [communityId, q.gridId]) };
});

app.get('/tickets/:id', async (req) => ({ rows: await run('ticketTimeline', [(req.params as { id: string }).id]) }));

app.post('/ballot', async (req, reply) => {
  const b = req.body as { householdId: string };
  const id = crypto.randomUUID();
  const at = now();
  await run('insertBallot', [
    id,
    consultationId,
    communityId,
    b.householdId,
    'online',
    '{"q1":"agree"}',
    'counted',
    userId,
    0,
    id,
    0,
    at,
    at,
  ]);
  return reply.code(201).send({ id });
});

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
console.log('baseline ready');
