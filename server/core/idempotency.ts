import crypto from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from './db/kysely';
import { canonicalJson } from './audit/canonical';
import { AppError } from './errors';
import { json, nowIso } from './ids';

const KEY_RE = /^[A-Za-z0-9_.:-]{8,100}$/;

/**
 * Idempotency-Key for submissions that must not double (tickets, ballots, payments).
 * Same key and body → the first answer again; same key, other body → 422; two at once → one write,
 * the other waits for nothing and gets 409 `idempotency_in_progress` to retry.
 * The key row is claimed with an INSERT that only one request can win (primary key user_id+key).
 * Without the header the request runs normally.
 */
export async function withIdempotency<T>(
  db: Db, req: FastifyRequest, reply: FastifyReply, statusCode: number, work: () => Promise<T>,
): Promise<T> {
  const key = req.headers['idempotency-key'];
  if (key === undefined) return work();
  if (typeof key !== 'string' || !KEY_RE.test(key)) {
    throw new AppError('invalid_idempotency_key', 400, 'Idempotency-Key 格式不正确（8–100 位字母数字）', 'Idempotency-Key must be 8–100 letters, digits or _.:-');
  }
  const userId = req.actor?.userId ?? `anon:${req.ip}`;
  const route = `${req.method} ${req.routeOptions.url}`;
  const bodyHash = crypto.createHash('sha256').update(route).update(canonicalJson({ params: req.params, body: req.body ?? null })).digest('hex');
  const claimed = await db.insertInto('idempotency_keys')
    .values({ user_id: userId, key, route, body_hash: bodyHash, status_code: null, response: null, created_at: nowIso() })
    .onConflict((oc) => oc.doNothing()).executeTakeFirst();
  if (Number(claimed.numInsertedOrUpdatedRows ?? 0) === 0) {
    const prev = await db.selectFrom('idempotency_keys').selectAll().where('user_id', '=', userId).where('key', '=', key).executeTakeFirstOrThrow();
    if (prev.body_hash !== bodyHash) {
      throw new AppError('idempotency_key_reused', 422, '同一个 Idempotency-Key 不能用于不同的提交', 'This Idempotency-Key was used for a different request');
    }
    if (prev.status_code === null) {
      throw new AppError('idempotency_in_progress', 409, '相同的提交正在处理中，请稍后重试', 'The same request is still being processed; retry shortly');
    }
    reply.header('Idempotent-Replayed', 'true');
    reply.code(prev.status_code);
    return prev.response as T;
  }
  try {
    const result = await work();
    await db.updateTable('idempotency_keys').set({ status_code: statusCode, response: json(result) })
      .where('user_id', '=', userId).where('key', '=', key).execute();
    return result;
  } catch (e) {
    // A refused request leaves no claim behind, so a corrected retry with the same key can go through.
    await db.deleteFrom('idempotency_keys').where('user_id', '=', userId).where('key', '=', key).execute();
    throw e;
  }
}
