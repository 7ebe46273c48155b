import type { z } from 'zod';
import type { CategoryRuleBody, TemplateBody, TicketState } from '../../../contract/tickets';
import { record } from '../../core/audit/audit';
import type { Conn, Db } from '../../core/db/kysely';
import { errors } from '../../core/errors';
import { json, newId } from '../../core/ids';
import { categoryRules } from './categories.service';
import { DEFAULT_TEMPLATES } from './templates';

/** A community's ticket settings: category rules (labels, keywords, deadlines) and reply templates. */

/** A deadline to respond that falls after the deadline to resolve makes no sense; say which urgency is wrong. */
function checkWindows(b: z.infer<typeof CategoryRuleBody>) {
  const wrong = [
    ...(b.responseHoursNormal > b.resolutionHoursNormal
      ? [{ path: 'responseHoursNormal', message: '一般诉求的响应时限不能长于办结时限' }]
      : []),
    ...(b.responseHoursUrgent > b.resolutionHoursUrgent
      ? [{ path: 'responseHoursUrgent', message: '紧急诉求的响应时限不能长于办结时限' }]
      : []),
  ];
  if (wrong.length) {
    throw errors.unprocessable(
      'response_after_resolution',
      '响应时限不能长于办结时限',
      'The response deadline cannot be longer than the resolution deadline',
      wrong,
    );
  }
}

export async function setCategory(
  db: Db,
  actorId: string,
  communityId: string,
  code: string,
  b: z.infer<typeof CategoryRuleBody>,
  at: string,
) {
  checkWindows(b);
  await db.transaction().execute(async (trx) => {
    const prev = await trx
      .selectFrom('ticket_categories')
      .selectAll()
      .where('community_id', '=', communityId)
      .where('code', '=', code)
      .executeTakeFirst();
    const values = {
      label_zh: b.labelZh,
      label_en: b.labelEn,
      keywords: json(b.keywords),
      response_hours_normal: b.responseHoursNormal,
      resolution_hours_normal: b.resolutionHoursNormal,
      response_hours_urgent: b.responseHoursUrgent,
      resolution_hours_urgent: b.resolutionHoursUrgent,
      active: b.active,
      updated_at: at,
    };
    if (prev) await trx.updateTable('ticket_categories').set(values).where('id', '=', prev.id).execute();
    else {
      const position = (await categoryRules(trx, communityId)).findIndex((c) => c.code === code);
      await trx
        .insertInto('ticket_categories')
        .values({
          id: newId(),
          community_id: communityId,
          code,
          position: position < 0 ? 100 : position,
          created_at: at,
          ...values,
        })
        .execute();
    }
    await record(trx, {
      actorId,
      communityId,
      entityType: 'ticket_category',
      entityId: code,
      action: 'ticket_category.set',
      before: prev ? { keywords: prev.keywords, active: prev.active } : undefined,
      after: { ...b },
    });
  });
  return { code, ...b };
}

/** The community's own templates, then the defaults for states it has not written its own for. */
export async function listTemplates(conn: Conn, communityId: string, state?: TicketState) {
  let q = conn
    .selectFrom('ticket_reply_templates')
    .select(['id', 'state', 'text'])
    .where('community_id', '=', communityId);
  if (state) q = q.where('state', '=', state);
  const own = await q.orderBy('state').orderBy('position').execute();
  const states = new Set(own.map((t) => t.state));
  const defaults = DEFAULT_TEMPLATES.filter((d) => !states.has(d.state) && (!state || d.state === state)).map((d) => ({
    id: null,
    ...d,
  }));
  return { items: [...own, ...defaults] };
}

export async function addTemplate(
  db: Db,
  actorId: string,
  communityId: string,
  body: z.infer<typeof TemplateBody>,
  at: string,
) {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('ticket_reply_templates')
      .values({
        id,
        community_id: communityId,
        state: body.state,
        text: body.text,
        position: 0,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await record(trx, {
      actorId,
      communityId,
      entityType: 'ticket_template',
      entityId: id,
      action: 'ticket_template.create',
      after: body,
    });
  });
  return { id, ...body };
}

export async function removeTemplate(db: Db, actorId: string, communityId: string, templateId: string) {
  await db.transaction().execute(async (trx) => {
    const res = await trx
      .deleteFrom('ticket_reply_templates')
      .where('community_id', '=', communityId)
      .where('id', '=', templateId)
      .executeTakeFirst();
    if (Number(res.numDeletedRows) !== 1) throw errors.notFound('template');
    await record(trx, {
      actorId,
      communityId,
      entityType: 'ticket_template',
      entityId: templateId,
      action: 'ticket_template.delete',
    });
  });
}
