import type { z } from 'zod';
import { nowIso, type AppContext, type RequestContext } from '../../core/context';
import type { Conn, Db } from '../../core/db/kysely';
import { record } from '../../core/audit/audit';
import { errors } from '../../core/errors';
import { json, newId } from '../../core/ids';
import { deletePhoto, storePhoto } from '../../core/files/photo-upload';
import type { ProcessedImage } from '../../core/files/images';
import { storageFor } from '../../core/files/storage';
import type {
  CreateProjectBody,
  PHOTO_KINDS,
  Project,
  SpendingBody,
  UpdateProjectBody,
} from '../../../contract/projects';
import { communityName } from '../org/org.service';
import { describeTopic } from '../topics/topics.service';
import * as repo from './projects.repo';
import { projectOf, publicOf, summaryOf } from './projects.presenter';

const yuan = (fen: number) => (fen / 100).toFixed(2);
const err = {
  overBudget: (balance: number, amount: number) =>
    errors.conflict(
      'over_budget',
      `支出 ¥${yuan(amount)} 超出项目余额 ¥${yuan(balance)}，未记录`,
      `The spending of ¥${yuan(amount)} exceeds the project's balance of ¥${yuan(balance)}; nothing was recorded`,
      { balanceFen: balance, amountFen: amount },
    ),
  budgetBelowSpent: (spent: number) =>
    errors.conflict(
      'budget_below_spent',
      `预算不能低于已支出的 ¥${yuan(spent)}`,
      `The budget cannot be below what is already spent (¥${yuan(spent)})`,
    ),
  topicNotFound: () => errors.unprocessable('topic_not_found', '关联的议题不存在', 'The linked topic does not exist'),
  invoice: () =>
    errors.unprocessable(
      'invoice_not_usable',
      '发票照片不存在、不属于本项目、不是发票类照片或已被其他支出使用',
      'The invoice photo does not exist, is not an invoice of this project, or is used by another entry',
    ),
};

async function load(conn: Conn, communityId: string, id: string) {
  const row = await repo.findProject(conn, communityId, id);
  if (!row) throw errors.notFound('project');
  return row;
}

async function checkTopic(conn: Conn, communityId: string, topicId: string | null | undefined) {
  if (topicId && !(await describeTopic(conn, communityId, topicId))) throw err.topicNotFound();
}

export async function listProjects(c: RequestContext, q: { year?: number; topicId?: string }) {
  const rows = await repo.listProjects(c.db, c.communityId, q);
  const items = rows.map(summaryOf);
  return {
    items,
    totals: {
      budgetFen: items.reduce((s, p) => s + p.budgetFen, 0),
      spentFen: items.reduce((s, p) => s + p.spentFen, 0),
    },
  };
}

export async function getProject(c: RequestContext, id: string): Promise<z.infer<typeof Project>> {
  const row = await load(c.db, c.communityId, id);
  const [spending, photos] = await Promise.all([repo.spendingsOf(c.db, id), repo.photosOf(c.db, id)]);
  return projectOf(row, spending, photos);
}

export async function createProject(c: RequestContext, b: z.infer<typeof CreateProjectBody>) {
  const id = newId();
  const now = nowIso(c.app.clock);
  await c.db.transaction().execute(async (trx) => {
    await checkTopic(trx, c.communityId, b.topicId);
    await trx
      .insertInto('projects')
      .values({
        id,
        community_id: c.communityId,
        name: b.name,
        program: b.program,
        funder: b.funder,
        year: b.year,
        budget_fen: b.budgetFen,
        spent_fen: 0,
        progress: 0,
        status: 'planned',
        published: false,
        description: b.description,
        items: json(b.items),
        topic_id: b.topicId,
        created_by: c.actor.userId,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'project',
      entityId: id,
      action: 'projects.create',
      after: { name: b.name, funder: b.funder, year: b.year, budgetFen: b.budgetFen },
    });
  });
  return getProject(c, id);
}

export async function updateProject(c: RequestContext, id: string, b: z.infer<typeof UpdateProjectBody>) {
  await c.db.transaction().execute(async (trx) => {
    const before = await load(trx, c.communityId, id);
    if (b.budgetFen !== undefined && b.budgetFen < before.spent_fen) throw err.budgetBelowSpent(before.spent_fen);
    await checkTopic(trx, c.communityId, b.topicId);
    const set = {
      ...(b.name !== undefined && { name: b.name }),
      ...(b.program !== undefined && { program: b.program }),
      ...(b.funder !== undefined && { funder: b.funder }),
      ...(b.budgetFen !== undefined && { budget_fen: b.budgetFen }),
      ...(b.description !== undefined && { description: b.description }),
      ...(b.items !== undefined && { items: json(b.items) }),
      ...(b.progress !== undefined && { progress: b.progress }),
      ...(b.status !== undefined && { status: b.status }),
      ...(b.published !== undefined && { published: b.published }),
      ...(b.topicId !== undefined && { topic_id: b.topicId }),
    };
    // The budget is lowered only while the balance stays ≥ 0 at the moment of the update (a spending may have landed since the read).
    const done = await trx
      .updateTable('projects')
      .set({ ...set, updated_at: nowIso(c.app.clock) })
      .where('id', '=', id)
      .where('spent_fen', '<=', b.budgetFen ?? before.budget_fen)
      .returning('id')
      .executeTakeFirst();
    if (!done) throw err.budgetBelowSpent(before.spent_fen);
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'project',
      entityId: id,
      action: 'projects.update',
      before: summaryOf(before),
      after: b,
    });
  });
  return getProject(c, id);
}

/** A spending entry: the balance is taken first, atomically; over budget is a 409 and nothing is written. */
export async function addSpending(c: RequestContext, id: string, b: z.infer<typeof SpendingBody>) {
  await c.db.transaction().execute(async (trx) => {
    await load(trx, c.communityId, id);
    if (b.invoicePhotoId) {
      const photo = await repo.findPhoto(trx, id, b.invoicePhotoId);
      if (!photo || photo.kind !== 'invoice' || (await repo.invoiceUsed(trx, photo.id))) throw err.invoice();
    }
    const now = nowIso(c.app.clock);
    const taken = await repo.takeFromBalance(trx, c.communityId, id, b.amountFen, now);
    if (!taken) {
      const row = await load(trx, c.communityId, id);
      throw err.overBudget(row.budget_fen - row.spent_fen, b.amountFen);
    }
    const sid = newId();
    await trx
      .insertInto('project_spendings')
      .values({
        id: sid,
        community_id: c.communityId,
        project_id: id,
        amount_fen: b.amountFen,
        payee: b.payee,
        payee_kind: b.payeeKind,
        spent_on: b.spentOn,
        note: b.note,
        invoice_photo_id: b.invoicePhotoId,
        work_order_id: b.workOrderId,
        created_by: c.actor.userId,
        created_at: now,
      })
      .execute();
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'project',
      entityId: id,
      action: 'projects.spend',
      after: {
        spendingId: sid,
        amountFen: b.amountFen,
        payee: b.payee,
        spentFen: taken.spent_fen,
        budgetFen: taken.budget_fen,
      },
    });
  });
  return getProject(c, id);
}

/** Stores an uploaded photo (already checked and re-encoded) under the project; files are removed again if the row is not written. */
export async function addPhoto(c: RequestContext, id: string, kind: (typeof PHOTO_KINDS)[number], p: ProcessedImage) {
  await load(c.db, c.communityId, id);
  const keys = await storePhoto(c.app.config.dataDir, p);
  const pid = newId();
  try {
    await c.db.transaction().execute(async (trx) => {
      await load(trx, c.communityId, id);
      await trx
        .insertInto('project_photos')
        .values({
          id: pid,
          community_id: c.communityId,
          project_id: id,
          kind,
          file_key: keys.fileKey,
          thumb_key: keys.thumbKey,
          mime: p.mime,
          width: p.width,
          height: p.height,
          created_by: c.actor.userId,
          created_at: nowIso(c.app.clock),
        })
        .execute();
      await record(trx, {
        actorId: c.actor.userId,
        communityId: c.communityId,
        entityType: 'project',
        entityId: id,
        action: 'projects.photo',
        after: { photoId: pid, kind },
      });
    });
  } catch (e) {
    await deletePhoto(c.app.config.dataDir, keys);
    throw e;
  }
  return { id: pid, kind, width: p.width, height: p.height, createdAt: nowIso(c.app.clock) };
}

async function photoBytes(app: AppContext, photo: repo.PhotoRow | undefined, size: 'full' | 'thumb') {
  if (!photo) throw errors.notFound('photo');
  const buf = await storageFor(app.config.dataDir).get(size === 'thumb' ? photo.thumb_key : photo.file_key);
  if (!buf) throw errors.notFound('photo');
  return { mime: photo.mime, buf };
}

export async function photoOf(c: RequestContext, id: string, photoId: string, size: 'full' | 'thumb') {
  await load(c.db, c.communityId, id);
  return photoBytes(c.app, await repo.findPhoto(c.db, id, photoId), size);
}

// ---------- public disclosure (no sign-in, no personal data) ----------

export async function publicProject(db: Db, id: string) {
  const row = await repo.publishedProject(db, id);
  if (!row) throw errors.notFound('project');
  const [spending, photos, community] = await Promise.all([
    repo.spendingsOf(db, id),
    repo.photosOf(db, id),
    communityName(db, row.community_id),
  ]);
  return publicOf({ ...row, community_name: community ?? '' }, spending, photos);
}

export async function publicProjects(db: Db, communityId: string) {
  const rows = await repo.listProjects(db, communityId, { publishedOnly: true });
  return {
    items: rows.map((r) => {
      const { published: _p, topicId: _t, ...s } = summaryOf(r);
      return s;
    }),
  };
}

/** Before/after photos of a published project; invoices never. */
export async function publicPhoto(app: AppContext, id: string, photoId: string, size: 'full' | 'thumb') {
  if (!(await repo.publishedProject(app.db, id))) throw errors.notFound('project');
  const photo = await repo.findPhoto(app.db, id, photoId);
  return photoBytes(app, photo?.kind === 'invoice' ? undefined : photo, size);
}

// ---------- for other modules ----------

/** A project's name if it exists in the community (resources checks a need's project through this). */
export async function describeProject(conn: Conn, communityId: string, id: string): Promise<{ title: string } | null> {
  const r = await repo.findProject(conn, communityId, id);
  return r ? { title: r.name } : null;
}

/** The projects of a topic's implementation stage. */
export async function projectsOfTopic(conn: Conn, communityId: string, topicId: string) {
  return (await repo.listProjects(conn, communityId, { topicId })).map(summaryOf);
}

/** For the dashboards: project spending recorded on [fromDate, toDate) (YYYY-MM-DD). */
export const spendFigures = (conn: Conn, communityId: string, fromDate: string, toDate: string) =>
  repo.spendTotals(conn, communityId, fromDate, toDate);

/** A project's budget and spending as a public notice announces it (notices' `project_spending` source); payees who are persons masked. */
export async function spendingNoticeSnapshot(conn: Conn, communityId: string, id: string) {
  const row = await repo.findProject(conn, communityId, id);
  if (!row) return null;
  const spending = await repo.spendingsOf(conn, id);
  const { photos: _p, id: _id, community: _c, ...rest } = publicOf({ ...row, community_name: '' }, spending, []);
  return { title: row.name, ...rest, spending: rest.spending.map(({ id: _s, ...s }) => s) };
}
