// The limit of our stack: a bare Fastify app on the SAME database, no sign-in, no validation library.
// Reads are one prepared statement each. Creating a ticket and casting a ballot have two baselines: the
// single INSERT of the first bench (`/ticket`, `/ballot`) and a SAME-WORK route (`/ticket/same-work`,
// `/ballot/same-work`, issue #18 item 1). The new modules' writes (scoring, work orders, sign-ups,
// donations, project spending, vehicle registration) are SAME-WORK baselines: the rows the service writes — the row, the
// audit event in its community's chain with the hash computed as server/core/audit computes it — and
// the reads their rules need, with hand-prepared statements in one transaction. The bench starts it:
//   node --import tsx bench/baseline.ts   (PORT, DATABASE_URL or GONGZHI_DATA_DIR, BENCH_BASELINE={communityId,consultationId,userId,…})
import crypto from 'node:crypto';
import path from 'node:path';
import Fastify from 'fastify';
import { CompiledQuery } from 'kysely';
import { entryOf, type AuditInput } from '../server/core/audit/audit';
import { chainHash, GENESIS } from '../server/core/audit/canonical';
import { openSqlite } from '../server/core/db/dialect/sqlite';
import { openPostgres } from '../server/core/db/dialect/postgres';
import { canonicalJson } from '../server/core/audit/canonical';
import { newId, nowIso } from '../server/core/ids';
import { entryHash } from '../server/modules/consultations/consultations.chain';
import { householdToken } from '../server/modules/consultations/consultations.definition';
import { monthOf } from '../server/modules/dashboards/summaries';
import { maskPlate } from '../server/modules/parking/parking.plates';

/** What the bench set up for the baseline (bench/scenarios/modules.ts): its own rounds, activity, projects. */
export interface BaselineConfig {
  communityId: string;
  consultationId: string;
  userId: string;
  /** A committee member's sheet, as the app's scenario sends it. */
  sheet?: Record<string, { score: number; comment: string }>;
  /** The two fee items a quote uses, with their quantities. */
  quote?: Array<{ feeItemId: string; quantity: number }>;
  activityId?: string;
  tag?: string;
  /** Per community of the ballot voters, an OPEN consultation for the same-work ballots (their chains are checked after). */
  sameWorkConsultations?: Record<string, string>;
  /** The ticket category the app's scenario reports under. */
  category?: string;
}

const cfg = JSON.parse(process.env.BENCH_BASELINE ?? '{}') as BaselineConfig;
const { communityId, consultationId, userId } = cfg;
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
  ...moduleSql(pg),
});

/** `$1, $2, …` or `?, ?, …` from a statement written with `?`. */
const numbered = (text: string, pg: boolean) => {
  let i = 0;
  return pg ? text.replace(/\?/g, () => `$${++i}`) : text;
};
const insert = (table: string, cols: string[], rows = 1, tail = '') =>
  `insert into ${table} (${cols.join(', ')}) values ${Array.from({ length: rows }, () => `(${cols.map(() => '?').join(', ')})`).join(', ')}${tail}`;

const AUDIT_COLS = [
  'id',
  'chain',
  'community_id',
  'seq',
  'actor_id',
  'entity_type',
  'entity_id',
  'action',
  'before',
  'after',
  'created_at',
  'prev_hash',
  'hash',
];
const WORK_ORDER_COLS = [
  'id',
  'community_id',
  'number',
  'title',
  'description',
  'source',
  'source_id',
  'location',
  'emergency',
  'status',
  'funding_source',
  'funding_ref',
  'total_fen',
  'fee_list_version',
  'assignee_kind',
  'assignee_name',
  'executor_name',
  'reporter_user_id',
  'created_by',
  'started_at',
  'completed_at',
  'completion_note',
  'accepted_at',
  'accepted_by',
  'acceptance_comment',
  'review_status',
  'review_note',
  'reviewed_at',
  'reviewed_by',
  'created_at',
  'updated_at',
];
const WORK_ORDER_ITEM_COLS = [
  'id',
  'community_id',
  'work_order_id',
  'fee_item_id',
  'code',
  'name',
  'unit',
  'unit_price_fen',
  'quantity',
  'amount_fen',
  'standard_hours',
  'position',
];
const SIGNUP_COLS = [
  'id',
  'community_id',
  'activity_id',
  'user_id',
  'person_key',
  'name',
  'party_member',
  'signed_up_at',
  'checked_in_at',
  'checked_out_at',
  'minutes',
];
const DONATION_COLS = [
  'id',
  'community_id',
  'item',
  'quantity',
  'unit',
  'value_fen',
  'donor_org_id',
  'donor_name',
  'destination',
  'received_on',
  'offer_id',
  'created_by',
  'created_at',
  'updated_at',
];
const SPENDING_COLS = [
  'id',
  'community_id',
  'project_id',
  'amount_fen',
  'payee',
  'payee_kind',
  'spent_on',
  'note',
  'invoice_photo_id',
  'work_order_id',
  'created_by',
  'created_at',
];

const TICKET_FULL_COLS = [
  'id',
  'community_id',
  'number',
  'title',
  'description',
  'category',
  'location_kind',
  'estate_id',
  'building_id',
  'area',
  'urgency',
  'channel',
  'reporter_resident_id',
  'reporter_user_id',
  'reporter_household_id',
  'created_by_user_id',
  'grid_id',
  'assignee_user_id',
  'state',
  'resume_state',
  'reopen_count',
  'satisfaction',
  'satisfaction_comment',
  'closing_reason',
  'response_due_at',
  'resolution_due_at',
  'escalation_step_ms',
  'paused_at',
  'paused_ms',
  'accepted_at',
  'resolved_at',
  'closed_at',
  'escalation_level',
  'merged_into_id',
  'support_count',
  'created_at',
  'updated_at',
];
const BALLOT_FULL_COLS = [
  'id',
  'consultation_id',
  'community_id',
  'household_id',
  'channel',
  'form_number',
  'answers',
  'status',
  'pending_by',
  'entered_by',
  'confirmed_by',
  'confirmed_at',
  'seq',
  'receipt_hash',
  'last_seq',
  'created_at',
  'updated_at',
];
const NOTIFICATION_COLS = [
  'id',
  'community_id',
  'user_id',
  'kind',
  'title',
  'body',
  'title_en',
  'body_en',
  'entity_type',
  'entity_id',
  'read_at',
  'created_at',
];
const DELIVERY_COLS = [
  'id',
  'community_id',
  'channel_id',
  'content',
  'status',
  'attempts',
  'last_error',
  'next_attempt_at',
  'sent_at',
  'created_at',
  'updated_at',
];

const VEHICLE_COLS = ['id', 'community_id', 'household_id', 'plate', 'note', 'created_by', 'created_at'];

/** The statements of the new modules' routes, as the services run them (see each *.service.ts). */
function moduleSql(pg: boolean) {
  const q = (text: string) => numbered(text, pg);
  return {
    // audit (server/core/audit/audit.ts recordMany with one event)
    bumpHead: q('update audit_heads set seq = seq + 1 where chain = ? returning seq, hash'),
    insertHead: q('insert into audit_heads (chain, seq, hash) values (?, ?, ?) on conflict do nothing'),
    insertAudit: q(insert('audit_events', AUDIT_COLS)),
    setHeadHash: q('update audit_heads set hash = ? where chain = ?'),
    advanceHead: q('update audit_heads set seq = ?, hash = ? where chain = ? and seq = ? and hash = ?'),
    // lists: one statement each
    roundList: q('select * from evaluation_rounds where community_id = ? order by quarter desc, estate_id limit 500'),
    workOrderList: q('select * from work_orders where community_id = ? order by created_at desc limit 500'),
    activityList: q(
      'select * from activities where community_id = ? and ends_at >= ? order by starts_at asc limit 500',
    ),
    donationList: q('select * from donations where community_id = ? order by received_on desc limit 500'),
    projectList: q('select * from projects where community_id = ? order by year desc, created_at desc limit 500'),
    // evaluations.service submitScores
    lockRound: q(
      "update evaluation_rounds set updated_at = ? where community_id = ? and id = ? and status = 'open' returning *",
    ),
    sheetOf: q('select id from evaluation_sheets where round_id = ? and member_id = ?'),
    rubric: q('select * from evaluation_rubrics where id = ?'),
    insertSheet: q(
      'insert into evaluation_sheets (id, community_id, round_id, member_id, scores, submitted_at) values (?, ?, ?, ?, ?, ?)',
    ),
    countSheets: q('select count(*) as n from evaluation_sheets where round_id = ?'),
    // workorders.service createWorkOrder (source: inspection) and setQuote; the number from the year's counter row
    workOrderCounterInit: q(
      'insert into work_order_counters (community_id, year, last) values (?, ?, 0) on conflict do nothing',
    ),
    workOrderCounterBump: q(
      'update work_order_counters set last = last + 1 where community_id = ? and year = ? returning last',
    ),
    insertWorkOrder: q(insert('work_orders', WORK_ORDER_COLS)),
    loadWorkOrder: q('select * from work_orders where community_id = ? and id = ?'),
    signoffsOf: q('select role, user_id from work_order_signoffs where work_order_id = ?'),
    currentFeeList: q('select * from fee_lists where community_id = ? order by version desc limit 1'),
    feeItems: q('select * from fee_items where fee_list_id = ? and id in (?, ?)'),
    deleteItems: q('delete from work_order_items where work_order_id = ?'),
    insertItems: q(insert('work_order_items', WORK_ORDER_ITEM_COLS, 2)),
    setTotal: q(
      'update work_orders set total_fen = ?, fee_list_version = ?, updated_at = ? where id = ? and status = ?',
    ),
    // volunteers.service signUp
    activity: q('select * from activities where community_id = ? and id = ?'),
    signupOf: q('select * from activity_signups where activity_id = ? and person_key = ?'),
    takeSeat: q(
      'update activities set signup_count = signup_count + 1, updated_at = ? where id = ? and signup_count < capacity',
    ),
    insertSignup: q(insert('activity_signups', SIGNUP_COLS, 1, ' on conflict do nothing')),
    // resources.service createDonation (no donor organisation, no offer: nothing to look up)
    insertDonation: q(insert('donations', DONATION_COLS)),
    // projects.service addSpending (no invoice photo)
    project: q('select * from projects where community_id = ? and id = ?'),
    takeFromBalance: q(
      'update projects set spent_fen = spent_fen + ?, updated_at = ? where community_id = ? and id = ? and spent_fen + ? <= budget_fen returning spent_fen, budget_fen',
    ),
    insertSpending: q(insert('project_spendings', SPENDING_COLS)),
    // tickets.routes report throttle (GONGZHI_REPORTS_PER_HOUR, on by default) and core/idempotency
    reportAttempt: q(
      "insert into login_attempts (id, scope, login_key, ip, success, at) values (?, 'report', ?, '127.0.0.1', ?, ?)",
    ),
    reportCount: q(
      "select count(*) as n, min(at) as first from login_attempts where scope = 'report' and success = ? and at > ? and login_key = ?",
    ),
    claimKey: q(
      insert(
        'idempotency_keys',
        ['user_id', 'key', 'route', 'body_hash', 'status_code', 'response', 'created_at'],
        1,
        ' on conflict do nothing',
      ),
    ),
    storeAnswer: q('update idempotency_keys set response = ? where user_id = ? and key = ?'),
    // tickets.service createTicket (a resident, a building, no photo)
    buildingOf: q('select id, name, estate_id, grid_id from buildings where community_id = ? and id in (?)'),
    categories: q('select * from ticket_categories where community_id = ? order by position'),
    counterInit: q('insert into ticket_counters (community_id, year, last) values (?, ?, 0) on conflict do nothing'),
    counterBump: q('update ticket_counters set last = last + 1 where community_id = ? and year = ? returning last'),
    insertTicketFull: q(insert('tickets', TICKET_FULL_COLS)),
    bumpCell: q(
      'insert into dashboard_ticket_cells (community_id, month, grid_id, category, tickets, st_submitted) values (?, ?, ?, ?, 1, 1) on conflict (community_id, month, grid_id, category) do update set tickets = dashboard_ticket_cells.tickets + excluded.tickets, st_submitted = dashboard_ticket_cells.st_submitted + excluded.st_submitted',
    ),
    bumpGridMonth: q(
      'insert into dashboard_grid_months (community_id, month, grid_id, tickets, st_submitted) values (?, ?, ?, 1, 1) on conflict (community_id, month, grid_id) do update set tickets = dashboard_grid_months.tickets + excluded.tickets, st_submitted = dashboard_grid_months.st_submitted + excluded.st_submitted',
    ),
    bumpCategoryMonth: q(
      'insert into dashboard_category_months (community_id, month, category, tickets, st_submitted) values (?, ?, ?, 1, 1) on conflict (community_id, month, category) do update set tickets = dashboard_category_months.tickets + excluded.tickets, st_submitted = dashboard_category_months.st_submitted + excluded.st_submitted',
    ),
    bumpMonth: q(
      'insert into dashboard_months (community_id, month, tickets, st_submitted) values (?, ?, 1, 1) on conflict (community_id, month) do update set tickets = dashboard_months.tickets + excluded.tickets, st_submitted = dashboard_months.st_submitted + excluded.st_submitted',
    ),
    insertEvent: q(
      insert('ticket_events', [
        'id',
        'community_id',
        'ticket_id',
        'kind',
        'from_state',
        'to_state',
        'actor_id',
        'message',
        'data',
        'created_at',
      ]),
    ),
    gridTeam: q(
      'select user_id, grid_id, role from grid_members where user_id is not null and community_id = ? and grid_id = ?',
    ),
    insertNotification: q(insert('notifications', NOTIFICATION_COLS)),
    channels: q('select id from notification_channels where community_id = ? and active = ?'),
    insertDelivery: q(insert('notification_deliveries', DELIVERY_COLS)),
    // consultations.service castOnline → addBallot
    consultation: q('select * from consultations where community_id = ? and id = ?'),
    eligible: q('select * from consultation_households where consultation_id = ? and household_id = ?'),
    bumpChain: q(
      "update consultations set chain_seq = chain_seq + 1 where community_id = ? and id = ? and status = 'open' returning chain_seq, chain_head, chain_format, questions, opens_at, closes_at, title",
    ),
    insertEntry: q(
      insert('consultation_entries', [
        'id',
        'community_id',
        'consultation_id',
        'seq',
        'kind',
        'ballot_id',
        'household_id',
        'data',
        'actor_id',
        'at',
        'prev_hash',
        'hash',
      ]),
    ),
    setChainHead: q('update consultations set chain_head = ? where id = ?'),
    insertBallotFull: q(
      insert('consultation_ballots', BALLOT_FULL_COLS, 1, ' on conflict (consultation_id, household_id) do nothing'),
    ),
    // residents of the community, read once at start (the app has them in the signed-in actor)
    representatives: q('select id, household_id, user_id from residents where user_id is not null'),
    // parking.service registerVehicle (org householdOf, repo vehicleByPlate) and listVehicles (one statement here;
    // the app also looks up each listed household's label)
    householdOf: q(
      'select id, code, room, estate_id, building_id, representative_id from households where community_id = ? and id = ?',
    ),
    plateOf: q('select id from parking_vehicles where community_id = ? and plate = ?'),
    insertVehicle: q(insert('parking_vehicles', VEHICLE_COLS)),
    vehicleList: q('select * from parking_vehicles where community_id = ? order by created_at limit 2000'),
  };
}

type Name = keyof ReturnType<typeof SQL>;
type Run = (name: Name, values: unknown[]) => Promise<unknown[]>;
/** A statement's rows (RETURNING or SELECT) and how many rows it changed. */
type Exec = (name: Name, values: unknown[]) => Promise<{ rows: Array<Record<string, unknown>>; count: number }>;

interface Store {
  pg: boolean;
  run: Run;
  /** Runs `fn` in one transaction: BEGIN … COMMIT on one pooled connection (PostgreSQL), or on the one writer (SQLite). */
  tx<T>(fn: (q: Exec) => Promise<T>): Promise<T>;
}

function open(): Store {
  if (pgUrl) {
    // Same pool size as the app; named queries are prepared once per connection.
    const { pool } = openPostgres(pgUrl);
    const sql = SQL(true);
    return {
      pg: true,
      run: async (name, values) => (await pool.query({ name, text: sql[name], values })).rows,
      async tx(fn) {
        const client = await pool.connect();
        const q: Exec = async (name, values) => {
          const r = await client.query({ name, text: sql[name], values });
          return { rows: r.rows as Array<Record<string, unknown>>, count: r.rowCount ?? 0 };
        };
        try {
          await client.query('begin');
          const out = await fn(q);
          await client.query('commit');
          return out;
        } catch (e) {
          await client.query('rollback');
          throw e;
        } finally {
          client.release();
        }
      },
    };
  }
  const { raw, dialect } = openSqlite(path.join(process.env.GONGZHI_DATA_DIR!, 'gongzhi.sqlite'));
  const sql = SQL(false);
  const stmts = Object.fromEntries(Object.entries(sql).map(([k, v]) => [k, raw.prepare(v)])) as Record<
    string,
    ReturnType<typeof raw.prepare>
  >;
  // Transactions go through the app's own SQLite driver without Kysely's query builder: the one
  // connection, its statement cache and its group commit (concurrent transactions share one fsync'd
  // COMMIT, each answered once it is on disk) — the same durability and commit path the app has.
  const driver = dialect.createDriver();
  const ready = driver.init();
  return {
    pg: false,
    run: async (name, values) => (stmts[name].reader ? stmts[name].all(values) : [stmts[name].run(values)]),
    async tx(fn) {
      await ready;
      const conn = await driver.acquireConnection();
      const q: Exec = async (name, values) => {
        const r = await conn.executeQuery(CompiledQuery.raw(sql[name], values));
        const rows = r.rows as Array<Record<string, unknown>>;
        return { rows, count: r.numAffectedRows === undefined ? rows.length : Number(r.numAffectedRows) };
      };
      try {
        await driver.beginTransaction(conn, {});
        try {
          const out = await fn(q);
          await driver.commitTransaction(conn);
          return out;
        } catch (e) {
          await driver.rollbackTransaction(conn);
          throw e;
        }
      } finally {
        await driver.releaseConnection(conn);
      }
    },
  };
}

/** What `record()` takes, and the community whose chain takes the event (the baseline's community unless said). */
type AuditEvent = Omit<AuditInput, 'communityId'> & { community?: string };

/** server/core/audit recordMany() for one event: the entry hashed after the chain's head, inserted, the head moved. */
async function audit(q: Exec, e: AuditEvent) {
  const chain = e.community ?? communityId;
  // As server/core/audit: with the head this process last wrote, move it from that state and insert (two
  // statements); otherwise (or if it moved elsewhere) bump and read it, insert, store the hash (three).
  const known = knownHeads.get(chain);
  if (known) {
    const row = auditRow(chain, known.seq + 1, e);
    const hash = chainHash(known.hash, entryOf(row));
    if ((await q('advanceHead', [row.seq, hash, chain, known.seq, known.hash])).count === 1) {
      await insertAudit(q, row, known.hash, hash);
      knownHeads.set(chain, { seq: row.seq, hash });
      return;
    }
  }
  let head = (await q('bumpHead', [chain])).rows[0];
  if (!head) {
    await q('insertHead', [chain, 0, GENESIS]);
    head = (await q('bumpHead', [chain])).rows[0];
  }
  const row = auditRow(chain, Number(head.seq), e);
  const hash = chainHash(head.hash as string, entryOf(row));
  await insertAudit(q, row, head.hash as string, hash);
  await q('setHeadHash', [hash, chain]);
  knownHeads.set(chain, { seq: row.seq, hash });
}

const knownHeads = new Map<string, { seq: number; hash: string }>();

function auditRow(chain: string, seq: number, e: AuditEvent) {
  return {
    id: newId(),
    chain,
    community_id: chain,
    seq,
    actor_id: e.actorId,
    entity_type: e.entityType,
    entity_id: e.entityId,
    action: e.action,
    before: e.before === undefined ? null : JSON.parse(JSON.stringify(e.before)),
    after: e.after === undefined ? null : JSON.parse(JSON.stringify(e.after)),
    created_at: nowIso(),
  };
}

async function insertAudit(q: Exec, row: ReturnType<typeof auditRow>, prev: string, hash: string) {
  await q('insertAudit', [
    row.id,
    row.chain,
    row.community_id,
    row.seq,
    row.actor_id,
    row.entity_type,
    row.entity_id,
    row.action,
    row.before === null ? null : JSON.stringify(row.before),
    row.after === null ? null : JSON.stringify(row.after),
    row.created_at,
    prev,
    hash,
  ]);
}

const store = open();
const { run } = store;
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

/** A refusal the service would answer with 4xx: the baseline says so rather than writing anything. */
class Refused extends Error {}
app.setErrorHandler((e, _req, reply) =>
  e instanceof Refused ? reply.code(409).send({ error: e.message }) : reply.code(500).send({ error: String(e) }),
);

// ---------- create-ticket and cast-ballot, same work (issue #18 item 1) ----------

const TICKET_ROUTE = 'POST /api/communities/:communityId/tickets';
const BALLOT_ROUTE = 'POST /api/communities/:communityId/consultations/:id/ballots';
const HOUR = 3_600_000;
/** GONGZHI_REPORTS_PER_HOUR's default. */
const REPORTS_PER_HOUR = 30;
/** Representatives of the community by account: the app has them in the signed-in actor, so this is read once. */
const residentOf = new Map(
  (await run('representatives', [])).map((r) => {
    const x = r as { id: string; household_id: string | null; user_id: string };
    return [x.user_id, { id: x.id, householdId: x.household_id }];
  }),
);

/** core/idempotency: the key claimed first in the work's transaction (its answer stored last, by the caller). */
async function claimKey(q: Exec, userId: string, key: string, route: string, fingerprint: unknown) {
  const bodyHash = crypto
    .createHash('sha256')
    .update(route)
    .update(canonicalJson(fingerprint ?? null))
    .digest('hex');
  const r = await q('claimKey', [userId, key, route, bodyHash, 201, null, nowIso()]);
  if (r.count !== 1) throw new Refused('idempotency key seen before');
}

/**
 * A resident reports a ticket about a building (no photo): the report throttle's attempt row and count (the
 * route, before the body), then in one transaction the idempotency key, the building and the category rules,
 * the year's counter, the ticket row, its two summary rows, its timeline event, the audit event, the grid
 * team's inbox messages and the group-robot deliveries, and the stored answer — as tickets.service does.
 */
app.post('/ticket/same-work', async (req, reply) => {
  const b = req.body as {
    communityId: string;
    userId: string;
    buildingId: string;
    key: string;
    title: string;
    description: string;
  };
  // The reporter's own community, as the app's scenario spreads its reports over the bench's communities.
  const communityId = b.communityId;
  const me = residentOf.get(b.userId);
  if (!me) throw new Refused('not_a_resident');
  const ms = Date.now();
  const at = new Date(ms).toISOString();
  const category = cfg.category!;
  // The throttle's two statements run on their own (autocommit in the app), before the transaction.
  await store.tx(async (q) => {
    await q('reportAttempt', [newId(), b.userId, false, at]);
    const n = (await q('reportCount', [false, new Date(ms - HOUR).toISOString(), b.userId])).rows[0];
    if (Number(n.n) > REPORTS_PER_HOUR) throw new Refused('too_many_requests');
  });
  const out = await store.tx(async (q) => {
    const fingerprint = {
      params: { communityId },
      body: {
        title: b.title,
        description: b.description,
        category,
        locationKind: 'building',
        buildingId: b.buildingId,
      },
    };
    await claimKey(q, b.userId, b.key, TICKET_ROUTE, fingerprint);
    const building = (await q('buildingOf', [communityId, b.buildingId])).rows[0];
    if (!building) throw new Refused('building not found');
    const rule = (await q('categories', [communityId])).rows.find((r) => r.code === category);
    if (rule && !rule.active) throw new Refused('unknown_category');
    const responseMs = Number(rule?.response_hours_normal ?? 24) * HOUR;
    const resolutionMs = Number(rule?.resolution_hours_normal ?? 72) * HOUR;
    const year = new Date(ms).getUTCFullYear();
    await q('counterInit', [communityId, year]);
    const last = Number((await q('counterBump', [communityId, year])).rows[0].last);
    const number = `MH-${year}-${String(last).padStart(6, '0')}`;
    const id = newId();
    const gridId = (building.grid_id as string | null) ?? null;
    // prettier-ignore
    await q('insertTicketFull', [
      id, communityId, number, b.title, b.description, category, 'building', building.estate_id, building.id, null,
      'normal', 'h5', me.id, b.userId, me.householdId, b.userId, gridId, null, 'submitted', null, 0, null, null, null,
      new Date(ms + responseMs).toISOString(), new Date(ms + resolutionMs).toISOString(), responseMs, null, 0, null,
      null, null, 0, null, 0, at, at,
    ]);
    // dashboards ticketChanged(null, row): the cell, the grid's and the category's month, then the month
    await q('bumpCell', [communityId, monthOf(at), gridId ?? '', category]);
    await q('bumpGridMonth', [communityId, monthOf(at), gridId ?? '']);
    await q('bumpCategoryMonth', [communityId, monthOf(at), category]);
    await q('bumpMonth', [communityId, monthOf(at)]);
    // prettier-ignore
    await q('insertEvent', [
      newId(), communityId, id, 'created', null, 'submitted', b.userId, null, JSON.stringify({ channel: 'h5', photos: 0 }), at,
    ]);
    await audit(q, {
      actorId: b.userId,
      entityType: 'ticket',
      entityId: id,
      action: 'ticket.create',
      community: communityId,
      after: {
        number,
        title: b.title,
        category,
        urgency: 'normal',
        channel: 'h5',
        locationKind: 'building',
        buildingId: building.id,
        gridId,
        photos: 0,
      },
    });
    // The grid team's inbox (the app tells the community's staff when the building has no grid: not modelled).
    const team = gridId
      ? [...new Set((await q('gridTeam', [communityId, gridId])).rows.map((r) => r.user_id as string))]
      : [];
    for (const u of team)
      // prettier-ignore
      await q('insertNotification', [
        newId(), communityId, u, 'ticket_assigned', `新诉求 ${number}`, `${b.title}（一般）`, `New ticket ${number}`,
        `${b.title} (normal)`, 'ticket', id, null, at,
      ]);
    for (const ch of (await q('channels', [communityId, true])).rows)
      // prettier-ignore
      await q('insertDelivery', [
        newId(), communityId, ch.id, `【民呼我应】新诉求 ${number}「${b.title}」，请网格服务小组在期限内响应。`, 'pending', 0,
        null, at, null, at, at,
      ]);
    const answer = { id, number };
    await q('storeAnswer', [JSON.stringify(answer), b.userId, b.key]);
    return answer;
  });
  return reply.code(201).send(out);
});

/**
 * A representative casts a ballot online, as consultations.service addBallot does in one transaction: the
 * idempotency key, the consultation and the household's eligibility, the chain head bumped, the entry hashed
 * (entryHash, format 2: the household's salted token) and appended, the head stored, the ballot row, the
 * audit event, the stored answer. Into an open consultation of its own, whose chain the bench checks after.
 */
app.post('/ballot/same-work', async (req, reply) => {
  const b = req.body as { communityId: string; userId: string; householdId: string; key: string };
  // One consultation per community, as the app's scenario casts into each voter's own community's.
  const communityId = b.communityId;
  const id = cfg.sameWorkConsultations![communityId];
  const answers: Record<string, string> = { q1: 'agree' };
  const out = await store.tx(async (q) => {
    await claimKey(q, b.userId, b.key, BALLOT_ROUTE, { params: { communityId, id }, body: { answers } });
    const current = (await q('consultation', [communityId, id])).rows[0];
    if (!current || current.status !== 'open') throw new Refused('consultation_not_open');
    const elig = (await q('eligible', [id, b.householdId])).rows[0];
    if (!elig) throw new Refused('not_eligible');
    const questions = (
      typeof current.questions === 'string' ? JSON.parse(current.questions) : current.questions
    ) as Array<{ key: string; options: Array<{ key: string }> }>;
    for (const qn of questions)
      if (!qn.options.some((o) => o.key === answers[qn.key])) throw new Refused('invalid_answers');
    const head = (await q('bumpChain', [communityId, id])).rows[0];
    if (!head) throw new Refused('consultation_closed');
    const at = nowIso();
    if (at < (head.opens_at as string) || at >= (head.closes_at as string)) throw new Refused('outside_window');
    const seq = Number(head.chain_seq);
    const ballotId = newId();
    const v2 = Number(head.chain_format) >= 2;
    const who = v2
      ? {
          household_id: null,
          data: {
            household: householdToken({
              householdId: elig.household_id as string,
              code: elig.household_code as string,
              salt: elig.salt as string,
            }),
          },
        }
      : { household_id: elig.household_id as string, data: { household_code: elig.household_code } };
    const entry = {
      consultation_id: id,
      seq,
      kind: 'ballot' as const,
      ballot_id: ballotId,
      household_id: who.household_id,
      data: JSON.parse(JSON.stringify({ ...who.data, channel: 'online', answers, form_number: null })) as Record<
        string,
        unknown
      >,
      actor_id: v2 ? null : b.userId,
      at,
    };
    const prev = head.chain_head as string;
    const hash = entryHash(prev, entry as Parameters<typeof entryHash>[1]);
    // prettier-ignore
    await q('insertEntry', [
      newId(), communityId, id, seq, 'ballot', ballotId, entry.household_id, JSON.stringify(entry.data), entry.actor_id, at, prev, hash,
    ]);
    await q('setChainHead', [hash, id]);
    // prettier-ignore
    const ins = await q('insertBallotFull', [
      ballotId, id, communityId, b.householdId, 'online', null, JSON.stringify(answers), 'counted', null, b.userId, null, null,
      seq, hash, seq, at, at,
    ]);
    if (ins.count !== 1) throw new Refused('already_voted');
    await audit(q, {
      actorId: b.userId,
      entityType: 'consultation',
      entityId: id,
      action: 'consultations.vote',
      community: communityId,
      after: { ballotId, householdCode: elig.household_code, channel: 'online', formNumber: null, seq, receipt: hash },
    });
    const answer = { consultationId: id, ballotId, seq, hash, status: 'counted', channel: 'online' };
    await q('storeAnswer', [JSON.stringify(answer), b.userId, b.key]);
    return answer;
  });
  return reply.code(201).send(out);
});

// ---------- the new modules: lists (one statement) ----------

app.get('/evaluations', async () => ({ items: await run('roundList', [communityId]) }));
app.get('/work-orders', async () => ({ items: await run('workOrderList', [communityId]) }));
app.get('/activities', async () => ({ items: await run('activityList', [communityId, now()]) }));
app.get('/donations', async () => ({ items: await run('donationList', [communityId]) }));
app.get('/projects', async () => ({ items: await run('projectList', [communityId]) }));
app.get('/vehicles', async () => ({ items: await run('vehicleList', [communityId]) }));

// ---------- the new modules: writes (same work) ----------

app.post('/scores', async (req) => {
  const b = req.body as { roundId: string; memberId: string };
  const at = now();
  await store.tx(async (q) => {
    const round = (await q('lockRound', [at, communityId, b.roundId])).rows[0];
    if (!round) throw new Refused('evaluation_closed');
    const members = (
      typeof round.member_ids === 'string' ? JSON.parse(round.member_ids) : round.member_ids
    ) as string[];
    if (!members.includes(b.memberId)) throw new Refused('not_round_member');
    if ((await q('sheetOf', [b.roundId, b.memberId])).rows.length) throw new Refused('already_scored');
    const rubric = (await q('rubric', [round.rubric_id])).rows[0];
    if (!rubric) throw new Refused('no rubric');
    const sheetId = newId();
    await q('insertSheet', [sheetId, communityId, b.roundId, b.memberId, JSON.stringify(cfg.sheet), at]);
    const digest = crypto.createHash('sha256').update(JSON.stringify(cfg.sheet)).digest('hex');
    await audit(q, {
      actorId: b.memberId,
      entityType: 'evaluation_round',
      entityId: b.roundId,
      action: 'evaluations.score',
      after: { sheetId, digest },
    });
    await q('countSheets', [b.roundId]);
  });
  return { id: b.roundId };
});

/**
 * A work order numbered as workorders.service numbers it: WX + the Shanghai year + the year's counter row, made
 * if missing and bumped with UPDATE … RETURNING (migration 2026-12-03T07-40-workorder-counters), so concurrent
 * orders wait on the row instead of counting the same total.
 */
async function createWorkOrder(q: Exec, title: string) {
  const ms = Date.now();
  const year = new Date(ms + 8 * 3_600_000).getUTCFullYear();
  await q('workOrderCounterInit', [communityId, year]);
  const last = Number((await q('workOrderCounterBump', [communityId, year])).rows[0].last);
  const number = `WX${year}${String(last).padStart(4, '0')}`;
  const id = newId();
  const at = now();
  // prettier-ignore
  await q('insertWorkOrder', [
    id, communityId, number, title, '', 'inspection', null, '3号楼地下车库', false, 'open', 'property', null,
    0, null, 'property', null, null, null, userId, null, null, null, null, null, null, 'not_needed', null, null, null, at, at,
  ]);
  await audit(q, {
    actorId: userId,
    entityType: 'work_order',
    entityId: id,
    action: 'work_order.create',
    after: { number, source: 'inspection', sourceId: null, emergency: false, fundingSource: 'property' },
  });
  return { id, number };
}

app.post('/work-orders', async (req, reply) => {
  const b = req.body as { title: string };
  return reply.code(201).send(await store.tx((q) => createWorkOrder(q, b.title)));
});

app.put('/work-orders/:id/quote', async (req) => {
  const id = (req.params as { id: string }).id;
  const lines = cfg.quote!;
  const at = now();
  await store.tx(async (q) => {
    const w = (await q('loadWorkOrder', [communityId, id])).rows[0];
    if (!w || w.status !== 'open') throw new Refused('wrong_status');
    if ((await q('signoffsOf', [id])).rows.length) throw new Refused('quote_signed');
    const list = (await q('currentFeeList', [communityId])).rows[0];
    if (!list) throw new Refused('no_fee_list');
    const fee = new Map(
      (await q('feeItems', [list.id, lines[0].feeItemId, lines[1].feeItemId])).rows.map((f) => [f.id as string, f]),
    );
    if (fee.size !== 2) throw new Refused('not_on_fee_list');
    const rows = lines.map((l, position) => {
      const f = fee.get(l.feeItemId)!;
      const price = Number(f.unit_price_fen);
      return [
        newId(),
        communityId,
        id,
        f.id,
        f.code,
        f.name,
        f.unit,
        price,
        l.quantity,
        Math.round(price * l.quantity),
        Number(f.standard_hours),
        position,
      ];
    });
    const total = rows.reduce((s, r) => s + (r[9] as number), 0);
    await q('deleteItems', [id]);
    await q('insertItems', rows.flat());
    if ((await q('setTotal', [total, list.version, at, id, w.status])).count !== 1) throw new Refused('wrong_status');
    await audit(q, {
      actorId: userId,
      entityType: 'work_order',
      entityId: id,
      action: 'work_order.quote',
      before: { totalFen: Number(w.total_fen) },
      after: {
        totalFen: total,
        feeListVersion: list.version,
        lines: rows.map((r) => ({ code: r[4], quantity: r[8] })),
      },
    });
  });
  return { id };
});

app.post('/signups', async (req) => {
  const b = req.body as { userId: string };
  const activityId = cfg.activityId!;
  const at = now();
  const personKey = `user:${b.userId}`;
  await store.tx(async (q) => {
    const a = (await q('activity', [communityId, activityId])).rows[0];
    if (!a) throw new Refused('not_found');
    if ((a.ends_at as string) <= at) throw new Refused('activity_ended');
    if ((await q('signupOf', [activityId, personKey])).rows.length) throw new Refused('already_signed_up');
    if ((await q('takeSeat', [at, activityId])).count !== 1) throw new Refused('activity_full');
    const ins = await q('insertSignup', [
      newId(),
      communityId,
      activityId,
      b.userId,
      personKey,
      '基线志愿者',
      false,
      at,
      null,
      null,
      0,
    ]);
    if (ins.count !== 1) throw new Refused('already_signed_up');
    await audit(q, { actorId: b.userId, entityType: 'activity', entityId: activityId, action: 'activity.signup' });
  });
  return { id: activityId };
});

app.post('/donations', async (req, reply) => {
  const b = req.body as { item: string; quantity: number; valueFen: number; receivedOn: string };
  const id = newId();
  const at = now();
  await store.tx(async (q) => {
    // prettier-ignore
    await q('insertDonation', [
      id, communityId, b.item, b.quantity, '箱', b.valueFen, null, '爱心企业', '小区绿化补种', b.receivedOn, null, userId, at, at,
    ]);
    await audit(q, {
      actorId: userId,
      entityType: 'donation',
      entityId: id,
      action: 'resources.donation',
      after: { item: b.item, quantity: b.quantity, valueFen: b.valueFen, donorOrgId: null },
    });
  });
  return reply.code(201).send({ id });
});

app.post('/projects/:id/spending', async (req, reply) => {
  const projectId = (req.params as { id: string }).id;
  const b = req.body as { amountFen: number; payee: string; spentOn: string };
  const at = now();
  const sid = newId();
  await store.tx(async (q) => {
    if (!(await q('project', [communityId, projectId])).rows.length) throw new Refused('not_found');
    const taken = (await q('takeFromBalance', [b.amountFen, at, communityId, projectId, b.amountFen])).rows[0];
    if (!taken) throw new Refused('over_budget');
    // prettier-ignore
    await q('insertSpending', [
      sid, communityId, projectId, b.amountFen, b.payee, 'organization', b.spentOn, '', null, null, userId, at,
    ]);
    await audit(q, {
      actorId: userId,
      entityType: 'project',
      entityId: projectId,
      action: 'projects.spend',
      after: {
        spendingId: sid,
        amountFen: b.amountFen,
        payee: b.payee,
        spentFen: Number(taken.spent_fen),
        budgetFen: Number(taken.budget_fen),
      },
    });
  });
  return reply.code(201).send({ id: sid });
});

app.post('/vehicles', async (req, reply) => {
  const b = req.body as { householdId: string; plate: string; note: string };
  const id = newId();
  const at = now();
  await store.tx(async (q) => {
    if (!(await q('householdOf', [communityId, b.householdId])).rows.length) throw new Refused('household_not_found');
    if ((await q('plateOf', [communityId, b.plate])).rows.length) throw new Refused('plate_taken');
    await q('insertVehicle', [id, communityId, b.householdId, b.plate, b.note, userId, at]);
    await audit(q, {
      actorId: userId,
      entityType: 'parking_vehicle',
      entityId: id,
      action: 'parking.vehicle.register',
      after: { householdId: b.householdId, plate: maskPlate(b.plate) },
    });
  });
  return reply.code(201).send({ id });
});

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
console.log('baseline ready');
