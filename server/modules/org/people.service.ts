import type { z } from 'zod';
import type {
  OrganizationCreate,
  OrganizationPatch,
  OrganizationQuery,
  OrgMemberCreate,
  OrgMemberPatch,
  ResidentCreate,
  ResidentPatch,
  ResidentQuery,
  RevealBody,
} from '../../../contract/org';
import { ELDERLY_AGE } from '../../../contract/org';
import { record } from '../../core/audit/audit';
import type { Conn, Trx } from '../../core/db/kysely';
import { errors } from '../../core/errors';
import { newId, nowIso } from '../../core/ids';
import { isValidIdNumber, maskIdNumber, type Secrets } from '../../core/pii';
import * as repo from './org.repo';
import { organizationOut, orgMemberOut, residentOut } from './org.present';
import {
  checkRefs,
  columnsOf,
  deleteAudited,
  inTransaction,
  insertAudited,
  mayReveal,
  mustFind,
  phoneLookup,
  residentReach,
  todayOf,
  updateAudited,
  yearsBefore,
} from './org.scope';
import type { RequestContext } from '../../core/context';

type In<T extends z.ZodTypeAny> = z.infer<T>;

// ---------- residents ----------

/** 422 for an ID number whose check digit is wrong. */
export const invalidIdNumber = () =>
  errors.unprocessable('invalid_id_number', '身份证号码无效（校验位不符）', 'The ID number is not valid (check digit)');
const idNumberTaken = () => errors.conflict('duplicate', '该身份证号码已登记', 'This ID number is already registered');

/** Birth date and gender written in an 18-digit ID number. */
export function fromIdNumber(id: string): { birthDate: string; gender: 'male' | 'female' } {
  return {
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    gender: Number(id[16]) % 2 ? 'male' : 'female',
  };
}

/** The stored columns of an ID number: ciphertext, mask and blind index; never the clear value. */
export function idNumberColumns(secrets: Secrets, id: string | null) {
  if (!id) return { id_number_enc: null, id_number_mask: null, id_number_hmac: null };
  return {
    id_number_enc: secrets.encrypt(id),
    id_number_mask: maskIdNumber(id),
    id_number_hmac: secrets.blindIndex(id),
  };
}

/** Residents page; ages become birth-date bounds so filters run in SQL. */
export async function listResidents(
  s: RequestContext,
  q: Partial<In<typeof ResidentQuery>> & { page: number; pageSize: number },
) {
  const today = todayOf(s);
  const f: repo.ResidentFilter = {
    q: q.q,
    phone: await phoneLookup(s, q.q, 'residents'),
    gridIds: (await residentReach(s)) ?? undefined,
    tag: q.tag,
    estateId: q.estateId,
    buildingId: q.buildingId,
    householdId: q.householdId,
    bornOnOrBefore: q.ageMin !== undefined ? yearsBefore(today, q.ageMin) : undefined,
    bornAfter: q.ageMax !== undefined ? yearsBefore(today, q.ageMax + 1) : undefined,
    elderlyBorn: q.tag === 'elderly' ? yearsBefore(today, ELDERLY_AGE) : undefined,
  };
  const p = await repo.paged<any>(repo.residentsBase(s.db, s.communityId, f), repo.residentSelect, q);
  const tags = await repo.tagsOf(
    s.db,
    p.items.map((r) => r.id),
  );
  const full = mayReveal(s);
  return { ...p, items: p.items.map((r) => residentOut(r, tags.get(r.id) ?? [], today, full)) };
}

/** One resident of this community as the API shows it, or 404. */
export async function residentView(conn: Conn, s: RequestContext, id: string) {
  const row = await repo
    .residentSelect(
      repo.residentsBase(conn, s.communityId, { ids: [id], gridIds: (await residentReach(s, conn)) ?? undefined }),
    )
    .executeTakeFirst();
  if (!row) throw errors.notFound('resident');
  const tags = await repo.tagsOf(conn, [id]);
  return residentOut(row, tags.get(id) ?? [], todayOf(s), mayReveal(s));
}

async function checkIdNumber(trx: Trx, s: RequestContext, id: string | null | undefined, exceptId?: string) {
  if (!id) return;
  if (!isValidIdNumber(id)) throw invalidIdNumber();
  if (await repo.idNumberTaken(trx, s.communityId, s.app.secrets.blindIndex(id), exceptId)) throw idNumberTaken();
}

/** Creates a resident (ID number encrypted, indexed and masked) with tags. */
export async function createResident(s: RequestContext, b: In<typeof ResidentCreate>) {
  return inTransaction(s, async (trx) => {
    await checkRefs(trx, s, { households: b.householdId });
    await checkIdNumber(trx, s, b.idNumber);
    const derived = b.idNumber ? fromIdNumber(b.idNumber) : null;
    const now = nowIso();
    const row = {
      id: newId(),
      community_id: s.communityId,
      household_id: b.householdId ?? null,
      name: b.name,
      gender: b.gender ?? derived?.gender ?? null,
      birth_date: b.birthDate ?? derived?.birthDate ?? null,
      phone: b.phone ?? null,
      ...idNumberColumns(s.app.secrets, b.idNumber ?? null),
      user_id: null,
      note: b.note ?? null,
      created_at: now,
      updated_at: now,
    };
    const tags = [...new Set(b.tags ?? [])].sort();
    await insertAudited(trx, s, 'residents', row, { tags });
    await repo.replaceTags(trx, s.communityId, row.id, tags);
    return residentView(trx, s, row.id);
  });
}

/** Updates a resident; tags and ID number changes are audited without the clear number. */
export async function patchResident(s: RequestContext, id: string, b: In<typeof ResidentPatch>) {
  return inTransaction(s, async (trx) => {
    const before = await mustFind(trx, s, 'residents', id);
    await checkRefs(trx, s, { households: b.householdId });
    await checkIdNumber(trx, s, b.idNumber, id);
    const { idNumber, tags, ...rest } = b;
    const set: Record<string, unknown> = {
      ...columnsOf(rest),
      ...(idNumber !== undefined ? idNumberColumns(s.app.secrets, idNumber) : {}),
    };
    // A new ciphertext each time: compare by blind index so an unchanged number is not logged as a change.
    if (idNumber !== undefined && set.id_number_hmac === before.id_number_hmac) {
      delete set.id_number_enc;
      delete set.id_number_mask;
      delete set.id_number_hmac;
    }
    let extra: { before: Record<string, unknown>; after: Record<string, unknown> } | undefined;
    if (tags) {
      const old = ((await repo.tagsOf(trx, [id])).get(id) ?? []).sort();
      const next = [...new Set(tags)].sort();
      if (old.join() !== next.join()) {
        await repo.replaceTags(trx, s.communityId, id, next);
        extra = { before: { tags: old }, after: { tags: next } };
      }
    }
    // Leaving a household gives up representing it.
    if (b.householdId !== undefined && b.householdId !== before.household_id && before.household_id) {
      const h = await mustFind(trx, s, 'households', before.household_id);
      if (h.representative_id === id)
        await updateAudited(trx, s, 'households', h, { representative_id: null }, 'households.representative');
    }
    await updateAudited(trx, s, 'residents', before, set, 'residents.update', extra);
    return residentView(trx, s, id);
  });
}

/** The full phone or ID number of one resident; every reveal is an audit event with the reason. */
export async function revealResident(s: RequestContext, id: string, b: In<typeof RevealBody>) {
  return inTransaction(s, async (trx) => {
    const r = await mustFind(trx, s, 'residents', id);
    const value = b.field === 'phone' ? r.phone : r.id_number_enc ? s.app.secrets.decrypt(r.id_number_enc) : null;
    await record(trx, {
      actorId: s.actor.userId,
      communityId: s.communityId,
      entityType: 'resident',
      entityId: id,
      action: 'residents.reveal',
      after: { field: b.field, reason: b.reason },
    });
    return { value };
  });
}

// ---------- organizations ----------

/** Organizations page. */
export const listOrganizations = async (s: RequestContext, q: In<typeof OrganizationQuery>) =>
  repo
    .paged(repo.organizationsBase(s.db, s.communityId, q), repo.organizationSelect, q)
    .then((p) => ({ ...p, items: p.items.map(organizationOut) }));

async function organizationView(conn: Conn, s: RequestContext, id: string) {
  return organizationOut(
    await repo
      .organizationSelect(repo.organizationsBase(conn, s.communityId).where('o.id', '=', id))
      .executeTakeFirstOrThrow(),
  );
}

/** One organization's kind and name, or null when it is not in the community (resources checks partner units through this). */
export async function organizationRef(
  conn: Conn,
  communityId: string,
  id: string,
): Promise<{ id: string; kind: string; name: string } | null> {
  return (
    (await conn
      .selectFrom('organizations')
      .select(['id', 'kind', 'name'])
      .where('community_id', '=', communityId)
      .where('id', '=', id)
      .executeTakeFirst()) ?? null
  );
}

/** Names of organizations by id, for lists that show a partner unit. */
export async function organizationNames(conn: Conn, communityId: string, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await conn
    .selectFrom('organizations')
    .select(['id', 'name'])
    .where('community_id', '=', communityId)
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Creates an organization. */
export async function createOrganization(s: RequestContext, b: In<typeof OrganizationCreate>) {
  return inTransaction(s, async (trx) => {
    await checkRefs(trx, s, { estates: b.estateId });
    const now = nowIso();
    const id = newId();
    await insertAudited(trx, s, 'organizations', {
      id,
      community_id: s.communityId,
      kind: b.kind,
      name: b.name,
      estate_id: b.estateId ?? null,
      contact_name: b.contactName ?? null,
      contact_phone: b.contactPhone ?? null,
      note: b.note ?? null,
      created_at: now,
      updated_at: now,
    });
    return organizationView(trx, s, id);
  });
}

/** Updates an organization. */
export async function patchOrganization(s: RequestContext, id: string, b: In<typeof OrganizationPatch>) {
  return inTransaction(s, async (trx) => {
    const before = await mustFind(trx, s, 'organizations', id);
    await checkRefs(trx, s, { estates: b.estateId });
    await updateAudited(trx, s, 'organizations', before, columnsOf(b));
    return organizationView(trx, s, id);
  });
}

/** An organization's members. */
export async function listOrgMembers(s: RequestContext, orgId: string) {
  await mustFind(s.db, s, 'organizations', orgId);
  return { items: (await repo.organizationMembers(s.db, s.communityId, orgId)).map(orgMemberOut) };
}

async function orgMember(conn: Conn, s: RequestContext, orgId: string, memberId: string) {
  await mustFind(conn, s, 'organizations', orgId);
  const m = await mustFind(conn, s, 'organization_members', memberId);
  if (m.organization_id !== orgId) throw errors.notFound('organization member');
  return m;
}

/** Adds a member to an organization. */
export async function addOrgMember(s: RequestContext, orgId: string, b: In<typeof OrgMemberCreate>) {
  return inTransaction(s, async (trx) => {
    await mustFind(trx, s, 'organizations', orgId);
    await checkRefs(trx, s, { residents: b.residentId, users: b.userId });
    const now = nowIso();
    const row = {
      id: newId(),
      community_id: s.communityId,
      organization_id: orgId,
      name: b.name,
      title: b.title ?? null,
      phone: b.phone ?? null,
      resident_id: b.residentId ?? null,
      user_id: b.userId ?? null,
      created_at: now,
      updated_at: now,
    };
    await insertAudited(trx, s, 'organization_members', row);
    return orgMemberOut(row);
  });
}

/** Updates a member of an organization. */
export async function patchOrgMember(s: RequestContext, orgId: string, memberId: string, b: In<typeof OrgMemberPatch>) {
  return inTransaction(s, async (trx) => {
    const before = await orgMember(trx, s, orgId, memberId);
    await checkRefs(trx, s, { residents: b.residentId, users: b.userId });
    await updateAudited(trx, s, 'organization_members', before, columnsOf(b));
    return orgMemberOut(await mustFind(trx, s, 'organization_members', memberId));
  });
}

/** Removes a member of an organization. */
export async function removeOrgMember(s: RequestContext, orgId: string, memberId: string) {
  await inTransaction(s, async (trx) =>
    deleteAudited(trx, s, 'organization_members', await orgMember(trx, s, orgId, memberId)),
  );
}

/** A department (职能部门) of the community by id, or undefined: for referrals (部门联动) to name where a need went. */
export async function departmentOf(conn: Conn, communityId: string, id: string) {
  return conn
    .selectFrom('organizations')
    .select(['id', 'name', 'contact_name', 'contact_phone'])
    .where('community_id', '=', communityId)
    .where('id', '=', id)
    .where('kind', '=', 'department')
    .executeTakeFirst();
}
