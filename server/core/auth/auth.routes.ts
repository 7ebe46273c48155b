import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LoginBody, MeResponse, PasswordChangeBody } from '../../../contract/auth';
import { record } from '../audit/audit';
import { AppError, errors } from '../errors';
import { nowIso } from '../ids';
import { DEVICE_COOKIE, DEVICE_MAX_AGE_S, newDeviceToken, trustedDevice } from './device';
import { LIMITS, settleAttempt, takeAttempt } from './login-throttle';
import { checkPasswordStrength, dummyHash, hashPassword, verifyPassword } from './password';
import { directory } from './directory';
import { createSession, endSession, endOtherSessions, loadActor, SESSION_COOKIE, ABSOLUTE_MS } from './sessions';
import type { Actor } from '../policy/policy';
import { NoBody } from '../../../contract/common';

const invalidLogin = () => errors.unprocessable('invalid_credentials', '账号或密码不正确', 'Wrong login or password');

export async function meOf(app: FastifyInstance, actor: Actor): Promise<z.infer<typeof MeResponse>> {
  const ids = [...new Set([...actor.roles.keys(), ...actor.residents.keys()])];
  const communities = ids.length ? await directory().communities(app.ctx.db, ids) : [];
  return {
    user: { id: actor.userId, login: actor.login, displayName: actor.displayName, platformAdmin: actor.platformAdmin },
    communities: communities.map((c) => ({
      id: c.id,
      name: c.name,
      roles: [...(actor.roles.get(c.id) ?? [])].sort(),
      residentId: actor.residents.get(c.id)?.residentId ?? null,
      householdId: actor.residents.get(c.id)?.householdId ?? null,
    })),
  };
}

/** Starts a session for a verified user, sets the cookie and answers the Me shape (sign-in, joining a household). */
export async function signIn(
  app: FastifyInstance,
  req: FastifyRequest,
  reply: FastifyReply,
  user: { id: string; login: string; displayName: string; platformAdmin: boolean },
): Promise<z.infer<typeof MeResponse>> {
  const { db, clock, config } = app.ctx;
  // A new session id at every sign-in (no fixation); an old cookie is ended too.
  const old = req.cookies[SESSION_COOKIE];
  if (old) await endSession(db, old);
  const token = await createSession(db, user.id, { ip: req.ip, userAgent: req.headers['user-agent'] }, clock.now());
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    maxAge: ABSOLUTE_MS / 1000,
  });
  // This browser has now signed in to this account: from here on its sign-ins have their own allowance (device.ts).
  reply.setCookie(DEVICE_COOKIE, newDeviceToken(app.ctx.secrets, user.id), {
    path: '/api/auth',
    httpOnly: true,
    sameSite: 'strict',
    secure: config.secureCookies,
    maxAge: DEVICE_MAX_AGE_S,
  });
  const { id, ...rest } = user;
  return meOf(app, await loadActor(db, id, rest));
}

export default async function authRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, clock } = app.ctx;

  r.post(
    '/auth/login',
    {
      config: { access: { public: true }, errors: { 422: ['invalid_credentials'], 429: ['too_many_requests'] } },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with login name or phone and password',
        body: LoginBody,
        response: { 200: MeResponse },
      },
    },
    async (req, reply) => {
      const now = clock.now();
      const typed = req.body.login.trim().toLowerCase();
      const user = await db
        .selectFrom('users')
        .select(['id', 'login', 'display_name', 'platform_admin', 'password_hash', 'disabled'])
        .where((eb) => eb.or([eb('login', '=', typed), eb('phone', '=', typed)]))
        .executeTakeFirst();
      const attempt = await countSignIn(req, user?.id ?? typed, user?.id ?? null, now);
      const ok = user
        ? await verifyPassword(user.password_hash, req.body.password)
        : (await verifyPassword(await dummyHash(), req.body.password), false);
      await settleAttempt(db, attempt.id, attempt.row, ok && !user?.disabled);
      if (!user || !ok) throw invalidLogin();
      if (user.disabled)
        throw errors.unprocessable(
          'account_disabled',
          '账号已停用，请联系居委会',
          'This account is disabled; contact the community office',
        );
      return signIn(app, req, reply, {
        id: user.id,
        login: user.login,
        displayName: user.display_name,
        platformAdmin: user.platform_admin,
      });
    },
  );

  /**
   * Counts a sign-in before the password is checked. A browser holding this account's device cookie
   * counts against the cookie only; once the cookie has used its allowance it is treated like any
   * other browser: per account from this address, per address, per account from everywhere.
   */
  async function countSignIn(req: FastifyRequest, accountKey: string, userId: string | null, now: number) {
    const nonce = userId ? trustedDevice(app.ctx.secrets, req.cookies[DEVICE_COOKIE], userId) : null;
    if (nonce) {
      const row = { scope: 'device' as const, loginKey: nonce, ip: req.ip };
      try {
        return { row, id: await takeAttempt(db, row, [{ scope: 'device', loginKey: nonce, max: LIMITS.device }], now) };
      } catch (e) {
        if (!(e instanceof AppError) || e.status !== 429) throw e;
      }
    }
    const row = { scope: 'login' as const, loginKey: accountKey, ip: req.ip };
    return {
      row,
      id: await takeAttempt(
        db,
        row,
        [
          { scope: 'login', loginKey: accountKey, ip: req.ip, max: LIMITS.accountFromIp },
          { scope: 'login', ip: req.ip, max: LIMITS.ip },
          { scope: 'login', loginKey: accountKey, max: LIMITS.account },
        ],
        now,
      ),
    };
  }

  r.post(
    '/auth/password',
    {
      config: {
        access: { signedIn: true },
        errors: { 422: ['weak_password', 'wrong_password'], 429: ['too_many_requests'] },
      },
      schema: {
        tags: ['auth'],
        summary:
          'Change the password (the old one, a new one of at least 10 characters, not a common one); other sessions end',
        body: PasswordChangeBody,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const actor = req.actor!;
      const now = clock.now();
      const row = { scope: 'password' as const, loginKey: actor.userId, ip: req.ip };
      const id = await takeAttempt(db, row, [{ scope: 'password', loginKey: actor.userId, max: LIMITS.password }], now);
      const user = await db
        .selectFrom('users')
        .select(['password_hash', 'login', 'phone'])
        .where('id', '=', actor.userId)
        .executeTakeFirstOrThrow();
      const ok = await verifyPassword(user.password_hash, req.body.oldPassword);
      await settleAttempt(db, id, row, ok);
      if (!ok) throw errors.unprocessable('wrong_password', '原密码不正确', 'The current password is wrong');
      checkPasswordStrength(req.body.newPassword);
      if ([user.login, user.phone].includes(req.body.newPassword.toLowerCase())) {
        throw new AppError(
          'weak_password',
          422,
          '密码不能与账号或手机号相同',
          'The password cannot be your login or phone',
        );
      }
      const hash = await hashPassword(req.body.newPassword);
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('users')
          .set({ password_hash: hash, updated_at: nowIso() })
          .where('id', '=', actor.userId)
          .execute();
        // Whoever else holds a session (a stolen cookie, a forgotten shared computer) is signed out; this one stays.
        await endOtherSessions(trx, actor.userId, actor.sessionId);
        await record(trx, {
          actorId: actor.userId,
          communityId: null,
          entityType: 'user',
          entityId: actor.userId,
          action: 'users.password',
        });
      });
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/auth/logout',
    {
      config: { access: { public: true } },
      schema: { tags: ['auth'], summary: 'End the session', body: NoBody, response: { 204: z.null() } },
    },
    async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      if (token) await endSession(db, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/me',
    {
      config: { access: { signedIn: true } },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user and their roles per community',
        response: { 200: MeResponse },
      },
    },
    async (req) => meOf(app, req.actor!),
  );
}
