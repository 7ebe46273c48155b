import type { Db } from '../server/core/db/kysely';
import { verifyChains } from '../server/core/audit/audit';
import type { ModuleSetup, ModuleWrites, Tally } from './scenarios/modules';
import '../server/modules/evaluations/evaluations.tables';
import '../server/modules/workorders/workorders.tables';
import '../server/modules/volunteers/volunteers.tables';
import '../server/modules/resources/resources.tables';
import '../server/modules/projects/projects.tables';
import '../server/modules/parking/parking.tables';
import { checkChain } from '../server/modules/consultations/consultations.service';
import '../server/modules/consultations/consultations.tables';
import '../server/modules/tickets/tickets.tables';

export interface BallotCheck {
  acknowledged: number;
  stored: number;
  /** Acknowledged (2xx) ballots without their row. */
  lost: number;
  /** Households with more than one ballot in a bench consultation. */
  duplicated: number;
  /** Chains that the app's verifier (the one `gongzhi verify` runs) finds broken, with its first problem. */
  brokenChains: string[];
}

/** After the writes: every acknowledged ballot is stored, once, and every chain verifies. */
export async function checkBallots(db: Db, consultationIds: string[], receipts: string[]): Promise<BallotCheck> {
  const rows = await db
    .selectFrom('consultation_ballots')
    .select(['id', 'household_id', 'consultation_id'])
    .where('consultation_id', 'in', consultationIds)
    .execute();
  const ids = new Set(rows.map((r) => r.id));
  const perHousehold = new Map<string, number>();
  for (const r of rows)
    perHousehold.set(
      `${r.consultation_id}/${r.household_id}`,
      (perHousehold.get(`${r.consultation_id}/${r.household_id}`) ?? 0) + 1,
    );
  const brokenChains: string[] = [];
  for (const id of consultationIds) {
    const row = await db.selectFrom('consultations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const r = await checkChain(db, row);
    if (!r.ok) brokenChains.push(`${id}: ${r.problems[0]}`);
  }
  return {
    acknowledged: receipts.length,
    stored: rows.length,
    lost: receipts.filter((id) => !ids.has(id)).length,
    duplicated: [...perHousehold.values()].filter((n) => n > 1).length,
    brokenChains,
  };
}

export interface TicketCheck {
  acknowledged: number;
  stored: number;
  /** Acknowledged (201) tickets without their row. */
  lost: number;
  /** Requests sent that got no answer (still in flight when the run's time was up): each may or may not be stored. */
  unanswered: number;
  /** Rows beyond the acknowledged ones; more than `unanswered` means a ticket stored twice, or stored though refused. */
  extra: number;
}

/** The tickets the create scenario was told were created (201 and an id) against the rows holding its title. */
export async function checkTickets(
  db: Db,
  title: string,
  acknowledged: string[],
  unanswered: number,
): Promise<TicketCheck> {
  const rows = await db.selectFrom('tickets').select('id').where('title', '=', title).execute();
  const ids = new Set(rows.map((r) => r.id));
  return {
    acknowledged: acknowledged.length,
    stored: rows.length,
    lost: acknowledged.filter((id) => !ids.has(id)).length,
    unanswered,
    extra: rows.length - new Set(acknowledged).size,
  };
}

/** Tickets with photos created by the burst (they share its title) against the ones acknowledged. */
export async function countPhotoTickets(db: Db, title: string): Promise<{ tickets: number; photos: number }> {
  const t = await db
    .selectFrom('tickets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('title', '=', title)
    .executeTakeFirstOrThrow();
  const p = await db
    .selectFrom('ticket_photos as p')
    .innerJoin('tickets as t', 't.id', 'p.ticket_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('t.title', '=', title)
    .executeTakeFirstOrThrow();
  return { tickets: Number(t.n), photos: Number(p.n) };
}

export interface WriteCheck {
  key: string;
  /** Writes answered 2xx. */
  acknowledged: number;
  /** This run's rows of the scenario. */
  stored: number;
  /** Acknowledged writes without their row. */
  lost: number;
  /** Requests sent that got no answer: each may or may not be stored. */
  unanswered: number;
  /** Rows beyond the acknowledged ones (more than `unanswered` means doubled, or stored though refused). */
  extra: number;
  /** What the module's own rule promises, as found (seats, balances, totals). */
  invariant: string;
  /** Broken promises: a double, a seat over capacity, a negative balance, a wrong total. */
  problems: string[];
}

export interface ModuleCheck {
  writes: WriteCheck[];
  /** Audit chains of the communities written to, checked by the app's verifier; broken ones with their first problem. */
  chains: { checked: number; events: number; broken: string[] };
}

/** Chains of the given communities, each checked by the app's verifier (the one `gongzhi verify` runs). */
export async function checkChains(db: Db, communityIds: string[]): Promise<ModuleCheck['chains']> {
  const out: ModuleCheck['chains'] = { checked: 0, events: 0, broken: [] };
  for (const id of new Set(communityIds)) {
    for (const r of await verifyChains(db, id)) {
      out.checked++;
      out.events += r.events;
      if (!r.ok) out.broken.push(`${r.chain}: event ${r.firstBreak?.seq}: ${r.firstBreak?.reason}`);
    }
  }
  return out;
}

const countBy = <T>(rows: T[], key: (r: T) => string) => {
  const m = new Map<string, number>();
  for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + 1);
  return m;
};
/** Acknowledged writes per target that have no row: max(0, acknowledged − stored) summed over targets. */
const lostPer = (per: Record<string, number>, stored: Map<string, number>) =>
  Object.entries(per).reduce((n, [k, ack]) => n + Math.max(0, ack - (stored.get(k) ?? 0)), 0);
const unansweredOf = (t: Tally) => t.sent - t.answered;

/**
 * After the module scenarios: every acknowledged score, work order, quote, sign-up, donation, spending and
 * vehicle registration is a row (no plate twice), none doubled; activities within their seats, projects within budget, funds never negative,
 * quotes adding up; and the audit chains they wrote to verify.
 */
export async function checkModules(db: Db, m: ModuleSetup, w: ModuleWrites): Promise<ModuleCheck> {
  const writes: WriteCheck[] = [];
  const row = (key: string, t: Tally, stored: number, lost: number, invariant: string, problems: string[]) => {
    const acknowledged = t.ids.length || Object.values(t.per).reduce((a, b) => a + b, 0);
    writes.push({
      key,
      acknowledged,
      stored,
      lost,
      unanswered: unansweredOf(t),
      extra: stored - acknowledged,
      invariant,
      problems,
    });
  };

  // Scores: one sheet per member and round.
  const sheets = m.rounds.length
    ? await db
        .selectFrom('evaluation_sheets')
        .select(['round_id', 'member_id'])
        .where('round_id', 'in', m.rounds)
        .execute()
    : [];
  const perPair = countBy(sheets, (r) => `${r.round_id}/${r.member_id}`);
  const doubledSheets = [...perPair.values()].filter((n) => n > 1).length;
  const open = m.rounds.length
    ? await db
        .selectFrom('evaluation_rounds')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('id', 'in', m.rounds)
        .where('status', '=', 'open')
        .executeTakeFirstOrThrow()
    : { n: 0 };
  row(
    'score',
    w.scores,
    sheets.length,
    lostPer(
      w.scores.per,
      countBy(sheets, (r) => r.round_id),
    ),
    `${sheets.length} sheets in ${m.rounds.length} rounds, ${Number(open.n)} still open`,
    [
      ...(doubledSheets ? [`${doubledSheets} members with two sheets in one round`] : []),
      ...(Number(open.n) !== m.rounds.length ? ['a round closed though one member never scored'] : []),
    ],
  );

  // Work orders: this run's rows; numbers unique in the community.
  const orders = await db
    .selectFrom('work_orders')
    .select(['id', 'number', 'total_fen', 'fee_list_version'])
    .where('community_id', '=', m.communityId)
    .where('title', 'like', `${m.tag} %`)
    .execute();
  const ids = new Set(orders.map((o) => o.id));
  const numbers = await db
    .selectFrom('work_orders')
    .select(['number', (eb) => eb.fn.countAll<number>().as('n')])
    .where('community_id', '=', m.communityId)
    .groupBy('number')
    .having((eb) => eb.fn.countAll(), '>', 1)
    .execute();
  const ownOrders = await db
    .selectFrom('work_orders')
    .select('id')
    .where('community_id', '=', m.communityId)
    .where('title', '=', `${m.tag} 3号楼屋面渗水`)
    .execute();
  row(
    'create_work_order',
    w.workOrders,
    ownOrders.length,
    w.workOrders.ids.filter((id) => !ids.has(id)).length,
    `${ownOrders.length} work orders, numbers unique: ${numbers.length ? 'no' : 'yes'}`,
    numbers.map((n) => `work order number ${n.number} used ${n.n} times`),
  );

  // Quotes: each quoted order has exactly its two lines, and its total is their sum.
  const quotedIds = [...new Set(w.quotes.ids)];
  const lines = ownOrders.length
    ? await db
        .selectFrom('work_order_items')
        .select(['work_order_id', 'amount_fen'])
        .where(
          'work_order_id',
          'in',
          ownOrders.map((o) => o.id),
        )
        .execute()
    : [];
  const linesOf = countBy(lines, (l) => l.work_order_id);
  const sumOf = new Map<string, number>();
  for (const l of lines) sumOf.set(l.work_order_id, (sumOf.get(l.work_order_id) ?? 0) + Number(l.amount_fen));
  const byId = new Map(orders.map((o) => [o.id, o]));
  const wrong = quotedIds.filter((id) => {
    const o = byId.get(id);
    return (
      !o || linesOf.get(id) !== m.quote.length || Number(o.total_fen) !== sumOf.get(id) || o.fee_list_version === null
    );
  });
  row(
    'quote_work_order',
    { ...w.quotes, ids: quotedIds },
    linesOf.size,
    quotedIds.filter((id) => !linesOf.has(id)).length,
    `${linesOf.size} quoted orders, ${lines.length} lines`,
    wrong.length ? [`${wrong.length} quoted orders whose lines or total are wrong (e.g. ${wrong[0]})`] : [],
  );

  // Sign-ups: one per person and activity; the count on the activity is its rows, within its seats.
  const activityIds = [...m.activities.values()];
  const signups = await db
    .selectFrom('activity_signups')
    .select(['activity_id', 'person_key'])
    .where('activity_id', 'in', activityIds)
    .execute();
  const seats = await db
    .selectFrom('activities')
    .select(['id', 'capacity', 'signup_count'])
    .where('id', 'in', activityIds)
    .execute();
  const rowsPer = countBy(signups, (s) => s.activity_id);
  const doubledSignups = [...countBy(signups, (s) => `${s.activity_id}/${s.person_key}`).values()].filter(
    (n) => n > 1,
  ).length;
  row(
    'activity_signup',
    w.signups,
    signups.length,
    lostPer(w.signups.per, rowsPer),
    seats.map((a) => `${a.signup_count} of ${a.capacity} seats`).join(', '),
    [
      ...(doubledSignups ? [`${doubledSignups} people signed up twice`] : []),
      ...seats
        .filter((a) => a.signup_count > a.capacity || a.signup_count !== (rowsPer.get(a.id) ?? 0))
        .map((a) => `activity ${a.id}: ${a.signup_count} taken of ${a.capacity}, ${rowsPer.get(a.id) ?? 0} sign-ups`),
    ],
  );

  // Donations.
  const donations = await db
    .selectFrom('donations')
    .select('id')
    .where('community_id', '=', m.communityId)
    .where('item', '=', `${m.tag} 绿植`)
    .execute();
  const donationIds = new Set(donations.map((d) => d.id));
  row(
    'record_donation',
    w.donations,
    donations.length,
    w.donations.ids.filter((id) => !donationIds.has(id)).length,
    `${donations.length} donations`,
    [],
  );

  // Project spending: spent = the entries' sum, never over budget; the community's funds never below zero.
  const projects = await db
    .selectFrom('projects')
    .select(['id', 'budget_fen', 'spent_fen'])
    .where('id', 'in', m.projects)
    .execute();
  const spendings = await db
    .selectFrom('project_spendings')
    .select(['project_id', 'amount_fen'])
    .where('project_id', 'in', m.projects)
    .execute();
  const spentOf = new Map<string, number>();
  for (const s of spendings) spentOf.set(s.project_id, (spentOf.get(s.project_id) ?? 0) + Number(s.amount_fen));
  const funds = await db
    .selectFrom('funds')
    .select(['kind', 'balance_fen'])
    .where('community_id', '=', m.communityId)
    .execute();
  row(
    'project_spending',
    w.spendings,
    spendings.length,
    lostPer(
      w.spendings.per,
      countBy(spendings, (s) => s.project_id),
    ),
    `${projects.length} projects, spent ${projects.reduce((n, p) => n + Number(p.spent_fen), 0)} of ${projects.reduce((n, p) => n + Number(p.budget_fen), 0)} fen; funds ${funds.map((f) => `${f.kind} ${f.balance_fen}`).join(', ')} fen`,
    [
      ...projects
        .filter((p) => Number(p.spent_fen) > Number(p.budget_fen) || Number(p.spent_fen) !== (spentOf.get(p.id) ?? 0))
        .map(
          (p) =>
            `project ${p.id}: spent ${p.spent_fen} of ${p.budget_fen}, entries add up to ${spentOf.get(p.id) ?? 0}`,
        ),
      ...funds.filter((f) => Number(f.balance_fen) < 0).map((f) => `fund ${f.kind} below zero: ${f.balance_fen}`),
    ],
  );

  // Vehicles: every acknowledged registration is a row; no plate twice in the community.
  const vehicles = await db
    .selectFrom('parking_vehicles')
    .select('id')
    .where('community_id', '=', m.communityId)
    .where('note', '=', `${m.tag} 业主车辆`)
    .execute();
  const vehicleIds = new Set(vehicles.map((v) => v.id));
  const twice = await db
    .selectFrom('parking_vehicles')
    .select(['plate', (eb) => eb.fn.countAll<number>().as('n')])
    .where('community_id', '=', m.communityId)
    .groupBy('plate')
    .having((eb) => eb.fn.countAll(), '>', 1)
    .execute();
  row(
    'register_vehicle',
    w.vehicles,
    vehicles.length,
    w.vehicles.ids.filter((id) => !vehicleIds.has(id)).length,
    `${vehicles.length} vehicles, plates unique: ${twice.length ? 'no' : 'yes'}`,
    twice.map((t) => `plate ${t.plate} registered ${t.n} times`),
  );

  return { writes, chains: await checkChains(db, [m.communityId, ...m.activities.keys()]) };
}
