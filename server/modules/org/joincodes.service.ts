import crypto from 'node:crypto';
import type { z } from 'zod';
import type { JoinBody } from '../../../contract/org';
import { record } from '../../core/audit/audit';
import type { AppContext, RequestContext } from '../../core/context';
import type { Actor } from '../../core/policy/policy';
import { forgetAttempt, LIMITS, takeAttempt } from '../../core/auth/login-throttle';
import { checkPasswordStrength, hashPassword } from '../../core/auth/password';
import { errors } from '../../core/errors';
import { newId, nowIso } from '../../core/ids';
import * as repo from './org.repo';
import { createUser, grantRole, linkResident, signInNameTaken } from './accounts.service';
import { inTransaction, mustFind } from './org.scope';

/** No 0/O, 1/I/L: codes are read off paper and typed on phones. */
export const JOIN_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 8;

const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

/** A crypto-random code from the unambiguous alphabet. */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_ALPHABET[crypto.randomInt(JOIN_ALPHABET.length)];
  return code;
}

export const joinUrl = (code: string) => `/h5/join?code=${code}`;

/** Fresh one-time codes for every household of a building; only their hashes are stored, so earlier codes stop working. */
export async function issueJoinCodes(s: RequestContext, buildingId: string) {
  return inTransaction(s, async (trx) => {
    const building = await mustFind(trx, s, 'buildings', buildingId);
    const estate = await mustFind(trx, s, 'estates', building.estate_id);
    const households = await repo.householdsOfBuilding(trx, s.communityId, buildingId);
    const now = nowIso();
    const items = [];
    for (const h of households) {
      const code = newJoinCode();
      await trx
        .updateTable('households')
        .set({ join_code_hash: sha256(code), join_code_issued_at: now, updated_at: now })
        .where('community_id', '=', s.communityId)
        .where('id', '=', h.id)
        .execute();
      items.push({ householdId: h.id, code, room: h.room, joinUrl: joinUrl(code) });
    }
    // The event says that codes changed, never the codes.
    await record(trx, {
      actorId: s.actor.userId,
      communityId: s.communityId,
      entityType: 'building',
      entityId: buildingId,
      action: 'households.join_codes',
      after: { households: households.length },
    });
    return { building: { id: building.id, name: building.name, estateName: estate.name }, items };
  });
}

const invalidCode = () =>
  errors.unprocessable(
    'join_code_invalid',
    '户码无效或已被使用',
    'The household code is invalid or has already been used',
  );

/**
 * Joins a household with its one-time code: creates the account (or uses the signed-in one), links or
 * creates the resident, grants `resident`, and makes them representative of a household without one;
 * answers the account to sign in. The code is cleared by a conditional UPDATE, so of two joins with one code exactly one wins.
 */
export async function joinHousehold(
  ctx: AppContext,
  req: { ip: string; actor: Actor | null },
  b: z.infer<typeof JoinBody>,
) {
  const { db, clock } = ctx;
  const now = clock.now();
  // Wrong codes per address, in their own count (not sign-in's): a guesser is slowed without blocking
  // households elsewhere from joining. A wrong code names no household, so there is no wider key for it.
  const guess = await takeAttempt(
    db,
    { scope: 'join', loginKey: 'code', ip: req.ip },
    [{ scope: 'join', loginKey: 'code', ip: req.ip, max: LIMITS.joinFromIp }],
    now,
  );
  const hash = sha256(b.code);
  const household = await repo.householdByJoinCode(db, hash);
  if (!household) throw invalidCode();
  await forgetAttempt(db, guess);
  // A right code whose join is refused (and so not used up) can be tried again: at most so many times per
  // building from everywhere, so one code from a sheet cannot probe phones or passwords without end.
  const building = `building:${household.building_id}`;
  const refusal = await takeAttempt(
    db,
    { scope: 'join', loginKey: building, ip: req.ip },
    [{ scope: 'join', loginKey: building, max: LIMITS.joinHousehold }],
    now,
  );
  const actor = req.actor;
  if (!actor) {
    if (!b.password) throw errors.validation([{ path: 'password', message: 'required when not signed in' }]);
    checkPasswordStrength(b.password);
  }
  // Hashing is slow: do it before the transaction holds any lock.
  const passwordHash = actor ? null : await hashPassword(b.password!);
  const c = household.community_id;
  const s: RequestContext = { app: ctx, db, communityId: c, actor: actor! };
  const userId = await inTransaction(s, async (trx) => {
    if (!(await repo.consumeJoinCode(trx, household.id, hash, nowIso()))) throw invalidCode();
    let uid: string;
    if (actor) {
      uid = actor.userId;
      const already = await trx
        .selectFrom('residents')
        .select('id')
        .where('community_id', '=', c)
        .where('user_id', '=', uid)
        .executeTakeFirst();
      if (already)
        throw errors.conflict(
          'already_resident',
          '您已是本居民区的登记居民',
          'You are already a registered resident of this community',
        );
    } else {
      // Whether the phone already signs someone in is never told (not even by a refusal): the account is
      // made either way, and without phone sign-in when the phone is taken (a login of its own instead).
      const phoneFree = !(await signInNameTaken(trx, [b.phone]));
      const login =
        b.login && (phoneFree || b.login !== b.phone)
          ? b.login
          : phoneFree
            ? b.phone
            : `jz-${crypto.randomBytes(6).toString('hex')}`;
      uid = await createUser(
        trx,
        { login, displayName: b.name, password: b.password!, phone: phoneFree ? b.phone : null },
        null,
        passwordHash!,
      );
    }
    const match = await trx
      .selectFrom('residents')
      .select(['id', 'user_id'])
      .where('community_id', '=', c)
      .where('household_id', '=', household.id)
      .where('name', '=', b.name)
      .where('phone', '=', b.phone)
      .where('user_id', 'is', null)
      .executeTakeFirst();
    let residentId = match?.id;
    if (!residentId) {
      residentId = newId();
      const at = nowIso();
      await trx
        .insertInto('residents')
        .values({
          id: residentId,
          community_id: c,
          household_id: household.id,
          name: b.name,
          gender: null,
          birth_date: null,
          phone: b.phone,
          id_number_enc: null,
          id_number_mask: null,
          id_number_hmac: null,
          user_id: null,
          note: null,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await record(trx, {
        actorId: uid,
        communityId: c,
        entityType: 'resident',
        entityId: residentId,
        action: 'residents.create',
        after: { name: b.name, phone: b.phone, household_id: household.id, via: 'join_code' },
      });
    }
    await linkResident(trx, c, residentId, uid, uid);
    await grantRole(trx, uid, c, 'resident', uid);
    // The first account of a household represents it; set only while still empty, in case two join at once.
    const rep = await trx
      .updateTable('households')
      .set({ representative_id: residentId, updated_at: nowIso() })
      .where('id', '=', household.id)
      .where('representative_id', 'is', null)
      .executeTakeFirst();
    await record(trx, {
      actorId: uid,
      communityId: c,
      entityType: 'household',
      entityId: household.id,
      action: 'households.join',
      after: { residentId, userId: uid, representative: Number(rep.numUpdatedRows) === 1 },
    });
    return uid;
  });
  await forgetAttempt(db, refusal);
  const user = await db
    .selectFrom('users')
    .select(['login', 'display_name', 'platform_admin'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  return { id: userId, login: user.login, displayName: user.display_name, platformAdmin: user.platform_admin };
}
