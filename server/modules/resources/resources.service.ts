import type { z } from 'zod';
import { nowIso, type RequestContext } from '../../core/context';
import type { Conn, Trx } from '../../core/db/kysely';
import { record } from '../../core/audit/audit';
import { errors } from '../../core/errors';
import { json, newId } from '../../core/ids';
import { can } from '../../core/policy/policy';
import type { ProcessedImage } from '../../core/files/images';
import { deletePhoto, storePhoto } from '../../core/files/photo-upload';
import { storageFor } from '../../core/files/storage';
import type {
  CreateAgreementBody,
  CreateDonationBody,
  CreateNeedBody,
  CreateOfferBody,
} from '../../../contract/resources';
import { organizationNames, organizationRef } from '../org/people.service';
import { describeProject } from '../projects/projects.service';
import * as repo from './resources.repo';
import { agreementOf, donationOf, donationPhotoOf, needOf, offerOf } from './resources.presenter';

const err = {
  notPartner: () =>
    errors.unprocessable(
      'not_partner_unit',
      '结对单位必须是本居民区登记的共建单位',
      'The partner must be a partner unit (共建单位) of this community',
    ),
  orgNotFound: () =>
    errors.unprocessable('organization_not_found', '单位不存在', 'The organization does not exist in this community'),
  agreementNotFound: () =>
    errors.unprocessable('agreement_not_found', '结对协议不存在', 'The pairing agreement does not exist'),
  offerNotFound: () =>
    errors.unprocessable('offer_not_found', '资源清单中没有这项资源', 'The offer is not on the resource list'),
  projectNotFound: () => errors.unprocessable('project_not_found', '项目不存在', 'The project does not exist'),
  donationNotFound: () => errors.unprocessable('donation_not_found', '捐赠记录不存在', 'The donation does not exist'),
  needMet: () => errors.conflict('need_met', '该需求已解决，不能再更改', 'The need is already met and cannot change'),
  endsBeforeSigned: () =>
    errors.unprocessable('invalid_dates', '结束日期不能早于签订日期', 'The end date cannot be before the signing date'),
};

const audit = (
  trx: Trx,
  c: RequestContext,
  entityType: string,
  entityId: string,
  action: string,
  after: unknown,
  before?: unknown,
) => record(trx, { actorId: c.actor.userId, communityId: c.communityId, entityType, entityId, action, after, before });
const reveal = (c: RequestContext) => can(c.actor, 'resources.manage', c.communityId);

async function checkOrg(conn: Conn, communityId: string, id: string | null, partnerOnly = false) {
  if (!id) return;
  const org = await organizationRef(conn, communityId, id);
  if (!org) throw err.orgNotFound();
  if (partnerOnly && org.kind !== 'partner_unit') throw err.notPartner();
}

// ---------- pairing agreements (结对共建) ----------

export async function listAgreements(c: RequestContext) {
  const rows = await repo.agreements(c.db, c.communityId);
  const names = await organizationNames(
    c.db,
    c.communityId,
    rows.map((r) => r.organization_id),
  );
  return { items: rows.map((r) => agreementOf(r, names.get(r.organization_id) ?? '', reveal(c))) };
}

export async function createAgreement(c: RequestContext, b: z.infer<typeof CreateAgreementBody>) {
  if (b.endsOn && b.endsOn < b.signedOn) throw err.endsBeforeSigned();
  const id = newId();
  const now = nowIso(c.app.clock);
  const org = await c.db.transaction().execute(async (trx) => {
    await checkOrg(trx, c.communityId, b.organizationId, true);
    await trx
      .insertInto('pairing_agreements')
      .values({
        id,
        community_id: c.communityId,
        organization_id: b.organizationId,
        title: b.title,
        signed_on: b.signedOn,
        ends_on: b.endsOn,
        contacts: json(b.contacts),
        offers: b.offers,
        created_by: c.actor.userId,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await audit(trx, c, 'pairing_agreement', id, 'resources.agreement', {
      organizationId: b.organizationId,
      title: b.title,
      signedOn: b.signedOn,
    });
    return (await organizationRef(trx, c.communityId, b.organizationId))!;
  });
  return agreementOf((await repo.findAgreement(c.db, c.communityId, id))!, org.name, reveal(c));
}

// ---------- resource list (资源清单) ----------

export async function listOffers(c: RequestContext) {
  const rows = await repo.offers(c.db, c.communityId);
  const names = await organizationNames(
    c.db,
    c.communityId,
    rows.flatMap((r) => (r.organization_id ? [r.organization_id] : [])),
  );
  return { items: rows.map((r) => offerOf(r, r.organization_id ? (names.get(r.organization_id) ?? null) : null)) };
}

export async function createOffer(c: RequestContext, b: z.infer<typeof CreateOfferBody>) {
  const id = newId();
  const now = nowIso(c.app.clock);
  await c.db.transaction().execute(async (trx) => {
    await checkOrg(trx, c.communityId, b.organizationId);
    const agreement = b.agreementId ? await repo.findAgreement(trx, c.communityId, b.agreementId) : null;
    if (b.agreementId && !agreement) throw err.agreementNotFound();
    await trx
      .insertInto('resource_offers')
      .values({
        id,
        community_id: c.communityId,
        organization_id: b.organizationId ?? agreement?.organization_id ?? null,
        agreement_id: b.agreementId,
        title: b.title,
        description: b.description,
        kind: b.kind,
        created_by: c.actor.userId,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await audit(trx, c, 'resource_offer', id, 'resources.offer', { title: b.title, kind: b.kind });
  });
  return (await listOffers(c)).items.find((o) => o.id === id)!;
}

// ---------- donations ----------

export async function listDonations(c: RequestContext) {
  const rows = await repo.donations(c.db, c.communityId);
  const photos = await repo.photosOfDonations(
    c.db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) =>
      donationOf(
        r,
        photos.filter((p) => p.donation_id === r.id).map((p) => donationPhotoOf(c.communityId, r.id, p)),
        reveal(c),
      ),
    ),
    totalValueFen: await repo.totalValue(c.db, c.communityId),
  };
}

export async function createDonation(c: RequestContext, b: z.infer<typeof CreateDonationBody>) {
  const id = newId();
  const now = nowIso(c.app.clock);
  await c.db.transaction().execute(async (trx) => {
    await checkOrg(trx, c.communityId, b.donorOrgId);
    if (b.offerId && !(await repo.findOffer(trx, c.communityId, b.offerId))) throw err.offerNotFound();
    await trx
      .insertInto('donations')
      .values({
        id,
        community_id: c.communityId,
        item: b.item,
        quantity: b.quantity,
        unit: b.unit,
        value_fen: b.valueFen,
        donor_org_id: b.donorOrgId,
        donor_name: b.donorName,
        destination: b.destination,
        received_on: b.receivedOn,
        offer_id: b.offerId,
        created_by: c.actor.userId,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await audit(trx, c, 'donation', id, 'resources.donation', {
      item: b.item,
      quantity: b.quantity,
      valueFen: b.valueFen,
      donorOrgId: b.donorOrgId,
    });
  });
  return donationOf((await repo.findDonation(c.db, c.communityId, id))!, [], reveal(c));
}

export async function addDonationPhoto(c: RequestContext, id: string, p: ProcessedImage) {
  if (!(await repo.findDonation(c.db, c.communityId, id))) throw errors.notFound('donation');
  const keys = await storePhoto(c.app.config.dataDir, p);
  const pid = newId();
  try {
    await c.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('donation_photos')
        .values({
          id: pid,
          community_id: c.communityId,
          donation_id: id,
          file_key: keys.fileKey,
          thumb_key: keys.thumbKey,
          mime: p.mime,
          width: p.width,
          height: p.height,
          created_by: c.actor.userId,
          created_at: nowIso(c.app.clock),
        })
        .execute();
      await audit(trx, c, 'donation', id, 'resources.donation_photo', { photoId: pid });
    });
  } catch (e) {
    await deletePhoto(c.app.config.dataDir, keys);
    throw e;
  }
  return donationPhotoOf(c.communityId, id, { id: pid, width: p.width, height: p.height });
}

export async function donationPhoto(c: RequestContext, id: string, photoId: string, size: 'full' | 'thumb') {
  if (!(await repo.findDonation(c.db, c.communityId, id))) throw errors.notFound('donation');
  const photo = await repo.findDonationPhoto(c.db, id, photoId);
  const buf =
    photo && (await storageFor(c.app.config.dataDir).get(size === 'thumb' ? photo.thumb_key : photo.file_key));
  if (!photo || !buf) throw errors.notFound('photo');
  return { mime: photo.mime, buf };
}

// ---------- needs (需求清单): matched to an offer, then to a project, met by a donation ----------

async function needView(conn: Conn, c: RequestContext, rows: repo.NeedRow[]) {
  const [offers, donations] = await Promise.all([
    repo.offers(conn, c.communityId),
    repo.donations(conn, c.communityId),
  ]);
  const projects = new Map<string, { title: string } | null>();
  for (const pid of new Set(rows.flatMap((r) => (r.project_id ? [r.project_id] : []))))
    projects.set(pid, await describeProject(conn, c.communityId, pid));
  return rows.map((r) => {
    const offer = offers.find((o) => o.id === r.offer_id);
    const donation = donations.find((d) => d.id === r.donation_id);
    const project = r.project_id ? projects.get(r.project_id) : null;
    return needOf(r, {
      offer: offer ? { id: offer.id, title: offer.title } : null,
      project: project && r.project_id ? { id: r.project_id, title: project.title } : null,
      donation: donation ? { id: donation.id, item: donation.item, valueFen: donation.value_fen } : null,
    });
  });
}

export async function listNeeds(c: RequestContext, q: { status?: string }) {
  return { items: await needView(c.db, c, await repo.needs(c.db, c.communityId, q.status)) };
}

async function oneNeed(conn: Conn, c: RequestContext, id: string) {
  const row = await repo.findNeed(conn, c.communityId, id);
  if (!row) throw errors.notFound('need');
  return row;
}

export async function createNeed(c: RequestContext, b: z.infer<typeof CreateNeedBody>) {
  const id = newId();
  const now = nowIso(c.app.clock);
  await c.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('needs')
      .values({
        id,
        community_id: c.communityId,
        title: b.title,
        description: b.description,
        status: 'open',
        offer_id: null,
        project_id: null,
        donation_id: null,
        met_at: null,
        created_by: c.actor.userId,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await audit(trx, c, 'need', id, 'resources.need', { title: b.title });
  });
  return (await needView(c.db, c, [await oneNeed(c.db, c, id)]))[0];
}

/** One step of a need, checked and written in one transaction; a met need no longer moves. */
async function moveNeed(
  c: RequestContext,
  id: string,
  action: string,
  check: (trx: Trx) => Promise<Partial<repo.NeedRow>>,
) {
  await c.db.transaction().execute(async (trx) => {
    const before = await oneNeed(trx, c, id);
    if (before.status === 'met') throw err.needMet();
    const set = await check(trx);
    const done = await trx
      .updateTable('needs')
      .set({ ...set, updated_at: nowIso(c.app.clock) })
      .where('id', '=', id)
      .where('status', '!=', 'met')
      .returning('id')
      .executeTakeFirst();
    if (!done) throw err.needMet();
    await audit(trx, c, 'need', id, action, set, {
      status: before.status,
      offerId: before.offer_id,
      projectId: before.project_id,
      donationId: before.donation_id,
    });
  });
  return (await needView(c.db, c, [await oneNeed(c.db, c, id)]))[0];
}

export const matchOffer = (c: RequestContext, id: string, offerId: string) =>
  moveNeed(c, id, 'resources.need_match', async (trx) => {
    if (!(await repo.findOffer(trx, c.communityId, offerId))) throw err.offerNotFound();
    return { offer_id: offerId, status: 'matched' };
  });

export const toProject = (c: RequestContext, id: string, projectId: string) =>
  moveNeed(c, id, 'resources.need_project', async (trx) => {
    if (!(await describeProject(trx, c.communityId, projectId))) throw err.projectNotFound();
    return { project_id: projectId, status: 'in_project' };
  });

export const markMet = (c: RequestContext, id: string, donationId: string | null) =>
  moveNeed(c, id, 'resources.need_met', async (trx) => {
    if (donationId && !(await repo.findDonation(trx, c.communityId, donationId))) throw err.donationNotFound();
    return { donation_id: donationId, status: 'met', met_at: nowIso(c.app.clock) };
  });

/** The value donations saved, for figures and reports elsewhere. */
export const valueSaved = (conn: Conn, communityId: string) => repo.totalValue(conn, communityId);

/** For the dashboards: donations received in [fromDate, toDate) (YYYY-MM-DD), their value and the value that met a need. */
export const donationFigures = (conn: Conn, communityId: string, fromDate: string, toDate: string) =>
  repo.donationTotals(conn, communityId, fromDate, toDate);

/** A donation as a link target (a topic's evidence points at what met its need): item, quantity and value. */
export async function describeDonation(conn: Conn, communityId: string, id: string) {
  const d = await conn
    .selectFrom('donations')
    .select(['item', 'quantity', 'unit', 'value_fen'])
    .where('community_id', '=', communityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return d
    ? { title: `${d.item} ${d.quantity}${d.unit}（估值 ¥${(d.value_fen / 100).toLocaleString('en-US')}）` }
    : null;
}
