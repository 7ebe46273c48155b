import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LoginBody, MeResponse } from '../../../contract/auth';
import { errors } from '../errors';
import { checkLoginThrottle, recordLoginAttempt } from './login-throttle';
import { dummyHash, verifyPassword } from './password';
import { createSession, endSession, loadActor, SESSION_COOKIE, ABSOLUTE_MS } from './sessions';
import type { Actor } from '../policy/policy';
import { NoBody } from '../../../contract/common';

const invalidLogin = () => errors.unprocessable('invalid_credentials', '账号或密码不正确', 'Wrong login or password');

export async function meOf(app: FastifyInstance, actor: Actor): Promise<z.infer<typeof MeResponse>> {
  const ids = [...new Set([...actor.roles.keys(), ...actor.residents.keys()])];
  const communities = ids.length
    ? await app.ctx.db.selectFrom('communities').select(['id', 'name']).where('id', 'in', ids).orderBy('name').execute()
    : [];
  return {
    user: { id: actor.userId, login: actor.login, displayName: actor.displayName, platformAdmin: actor.platformAdmin },
    communities: communities.map((c) => ({
      id: c.id, name: c.name, roles: [...(actor.roles.get(c.id) ?? [])].sort(),
      residentId: actor.residents.get(c.id)?.residentId ?? null, householdId: actor.residents.get(c.id)?.householdId ?? null,
    })),
  };
}

/** Starts a session for a verified user, sets the cookie and answers the Me shape (sign-in, joining a household). */
export async function signIn(
  app: FastifyInstance, req: FastifyRequest, reply: FastifyReply,
  user: { id: string; login: string; displayName: string; platformAdmin: boolean },
): Promise<z.infer<typeof MeResponse>> {
  const { db, clock, config } = app.ctx;
  // A new session id at every sign-in (no fixation); an old cookie is ended too.
  const old = req.cookies[SESSION_COOKIE];
  if (old) await endSession(db, old);
  const token = await createSession(db, user.id, { ip: req.ip, userAgent: req.headers['user-agent'] }, clock.now());
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/', httpOnly: true, sameSite: 'lax', secure: config.secureCookies, maxAge: ABSOLUTE_MS / 1000,
  });
  const { id, ...rest } = user;
  return meOf(app, await loadActor(db, id, rest));
}

export default async function authRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, clock } = app.ctx;

  r.post('/auth/login', {
    config: { access: { public: true }, errors: { 422: ['invalid_credentials'], 429: ['too_many_requests'] } },
    schema: { tags: ['auth'], summary: 'Sign in with login name or phone and password', body: LoginBody, response: { 200: MeResponse } },
  }, async (req, reply) => {
    const now = clock.now();
    const loginKey = req.body.login.trim().toLowerCase();
    await checkLoginThrottle(db, loginKey, req.ip, now);
    const user = await db.selectFrom('users').select(['id', 'login', 'display_name', 'platform_admin', 'password_hash', 'disabled'])
      .where((eb) => eb.or([eb('login', '=', loginKey), eb('phone', '=', loginKey)])).executeTakeFirst();
    const ok = user ? await verifyPassword(user.password_hash, req.body.password) : (await verifyPassword(await dummyHash(), req.body.password), false);
    await recordLoginAttempt(db, loginKey, req.ip, ok && !user?.disabled, now);
    if (!user || !ok) throw invalidLogin();
    if (user.disabled) throw errors.unprocessable('account_disabled', '账号已停用，请联系居委会', 'This account is disabled; contact the community office');
    return signIn(app, req, reply, { id: user.id, login: user.login, displayName: user.display_name, platformAdmin: user.platform_admin });
  });

  r.post('/auth/logout', {
    config: { access: { public: true } },
    schema: { tags: ['auth'], summary: 'End the session', body: NoBody, response: { 204: z.null() } },
  }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) await endSession(db, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send(null);
  });

  r.get('/me', {
    config: { access: { signedIn: true } },
    schema: { tags: ['auth'], summary: 'The signed-in user and their roles per community', response: { 200: MeResponse } },
  }, async (req) => meOf(app, req.actor!));
}
