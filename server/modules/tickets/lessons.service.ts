import { record } from '../../core/audit/audit';
import type { Conn, Db, Trx } from '../../core/db/kysely';
import { errors } from '../../core/errors';
import { newId } from '../../core/ids';
import type { Actor } from '../../core/policy/policy';
import { baseModel, categoryRules, segmenter, suggestCategory, trainingSamples } from './categories.service';
import { trainModel, type CategoryModel } from './category-model';
import './tickets.tables';

/**
 * Staff corrections teach their community's category suggestions. A correction is kept as a lesson
 * (the ticket and the category staff chose); the community's model is the base model retrained with
 * its lessons counted LESSON_WEIGHT times each, so words that staff keep moving to a category pull
 * the next similar report there — in that community only. Lessons are listed, audited and can be
 * forgotten one by one or all at once (a reset back to the shared model).
 */

/**
 * How many times a lesson counts against one training report. One correction must be able to move
 * a close call (the shared model holds ~80 reports a category); three moved "快递柜" reports in the
 * tests without overturning texts the shared model is sure of.
 */
const LESSON_WEIGHT = 3;
/** The newest lessons a community's model learns from: bounds the retraining (~1,000 reports + these). */
const MAX_LESSONS = 500;

/** Built models by community, with the stamp of the lessons they were built from. */
const models = new Map<string, { stamp: string; model: CategoryModel }>();

/**
 * Records a correction as a lesson (the ticket's latest correction replaces an earlier one), in the
 * correction's transaction so the two cannot part.
 */
export async function learnFromCorrection(
  trx: Trx,
  e: { communityId: string; ticketId: string; from: string; to: string; actorId: string; at: string },
): Promise<void> {
  await trx.deleteFrom('ticket_category_lessons').where('ticket_id', '=', e.ticketId).execute();
  if (e.from === e.to) return;
  await trx
    .insertInto('ticket_category_lessons')
    .values({
      id: newId(),
      community_id: e.communityId,
      ticket_id: e.ticketId,
      from_category: e.from,
      category: e.to,
      taught_by: e.actorId,
      created_at: e.at,
    })
    .execute();
}

/**
 * The community's model. One indexed query per suggestion tells whether its lessons changed since the
 * model was built (here or on another app server); only then is it retrained (tens of milliseconds).
 */
export async function communityModel(conn: Conn, communityId: string): Promise<CategoryModel> {
  const head = await conn
    .selectFrom('ticket_category_lessons')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('created_at').as('last')])
    .where('community_id', '=', communityId)
    .executeTakeFirstOrThrow();
  if (Number(head.n) === 0) {
    models.delete(communityId);
    return baseModel();
  }
  const stamp = `${head.n}:${String(head.last)}`;
  const known = models.get(communityId);
  if (known?.stamp === stamp) return known.model;
  const lessons = await conn
    .selectFrom('ticket_category_lessons as l')
    .innerJoin('tickets as t', 't.id', 'l.ticket_id')
    .select(['t.title', 't.description', 'l.category'])
    .where('l.community_id', '=', communityId)
    .orderBy('l.created_at', 'desc')
    .limit(MAX_LESSONS)
    .execute();
  const model = trainModel(
    [
      ...trainingSamples().map((sample) => ({ sample })),
      ...lessons.map((l) => ({ sample: [`${l.title} ${l.description}`, l.category] as const, weight: LESSON_WEIGHT })),
    ],
    (t) => segmenter().cut(t, true),
  );
  models.set(communityId, { stamp, model });
  return model;
}

/** A category for a report's text, by the community's rules and what its staff have taught. */
export async function suggestForCommunity(conn: Conn, communityId: string, text: string) {
  const [rules, model] = await Promise.all([categoryRules(conn, communityId), communityModel(conn, communityId)]);
  return suggestCategory(text, rules, model);
}

/** The community's lessons, newest first, with the ticket they came from and who taught them. */
export async function listLessons(conn: Conn, communityId: string) {
  const rows = await conn
    .selectFrom('ticket_category_lessons as l')
    .innerJoin('tickets as t', 't.id', 'l.ticket_id')
    .innerJoin('users as u', 'u.id', 'l.taught_by')
    .select(['l.ticket_id', 't.number', 't.title', 'l.from_category', 'l.category', 'u.display_name', 'l.created_at'])
    .where('l.community_id', '=', communityId)
    .orderBy('l.created_at', 'desc')
    .limit(MAX_LESSONS)
    .execute();
  return {
    items: rows.map((r) => ({
      ticketId: r.ticket_id,
      number: r.number,
      title: r.title,
      from: r.from_category,
      to: r.category,
      taughtBy: r.display_name,
      at: new Date(r.created_at).toISOString(),
    })),
  };
}

/** Forgets one lesson (a correction staff no longer want taught), or every lesson of the community. */
export async function forgetLessons(
  db: Db,
  actor: Actor,
  communityId: string,
  ticketId: string | undefined,
): Promise<{ forgotten: number }> {
  return db.transaction().execute(async (trx) => {
    let q = trx.deleteFrom('ticket_category_lessons').where('community_id', '=', communityId);
    if (ticketId) q = q.where('ticket_id', '=', ticketId);
    const gone = Number((await q.executeTakeFirst()).numDeletedRows);
    if (ticketId && gone === 0) {
      throw errors.notFound('category lesson');
    }
    await record(trx, {
      actorId: actor.userId,
      communityId,
      entityType: ticketId ? 'ticket' : 'community',
      entityId: ticketId ?? communityId,
      action: ticketId ? 'ticket.category_lesson.forget' : 'ticket.category_lessons.reset',
      before: { lessons: gone },
      after: { lessons: 0 },
    });
    return { forgotten: gone };
  });
}
