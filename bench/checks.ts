import type { Db } from '../server/core/db/kysely';
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
