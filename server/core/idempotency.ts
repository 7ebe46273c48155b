import crypto from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db, Trx } from './db/kysely';
import { compiled, type Args } from './db/compiled';
import { canonicalJson } from './audit/canonical';
import { AppError } from './errors';
import { json, nowIso } from './ids';

const KEY_RE = /^[A-Za-z0-9_.:-]{8,100}$/;

const claim = compiled(
  (
    db,
    a: Args<{ userId: string; key: string; route: string; bodyHash: string; statusCode: number; createdAt: string }>,
  ) =>
    db
      .insertInto('idempotency_keys')
      .values({
        user_id: a.userId,
        key: a.key,
        route: a.route,
        body_hash: a.bodyHash,
        status_code: a.statusCode,
        response: null,
        created_at: a.createdAt,
      })
      .onConflict((oc) => oc.doNothing()),
);
const storeAnswer = compiled((db, a: Args<{ userId: string; key: string; response: string }>) =>
  db
    .updateTable('idempotency_keys')
    .set({ response: a.response })
    .where('user_id', '=', a.userId)
    .where('key', '=', a.key),
);

/**
 * Idempotency-Key for submissions that must not double (tickets, ballots, payments).
 * The key row, the work and the stored answer commit in ONE transaction: a crash at any point
 * leaves either all of them or none, so a retry either replays the answer or does the work afresh.
 * Same key and body → the first answer again; same key, other body → 422. Two at once: the second
 * INSERT waits on the first's uncommitted key row (PostgreSQL) or on the writer lock (SQLite), then
 * replays. Without the header the work runs in a plain transaction.
 * `fingerprint` is what "the same request" means for the route: its validated input (for an upload,
 * the fields and the files' hashes), named by the caller rather than read back from `req.body`.
 * The route declares `config.idempotent`, which puts the header into its OpenAPI document.
 */
export async function withIdempotency<T>(
  db: Db,
  req: FastifyRequest,
  reply: FastifyReply,
  statusCode: number,
  fingerprint: unknown,
  work: (trx: Trx) => Promise<T>,
): Promise<T> {
  if (req.routeOptions.config.idempotent !== true)
    throw new Error(
      `${req.method} ${req.routeOptions.url} uses Idempotency-Key but does not declare config.idempotent`,
    );
  const key = req.headers['idempotency-key'];
  if (key === undefined) return db.transaction().execute(work);
  if (typeof key !== 'string' || !KEY_RE.test(key)) {
    throw new AppError(
      'invalid_idempotency_key',
      400,
      'Idempotency-Key 格式不正确（8–100 位字母数字）',
      'Idempotency-Key must be 8–100 letters, digits or _.:-',
    );
  }
  const userId = req.actor?.userId ?? `anon:${req.ip}`;
  const route = `${req.method} ${req.routeOptions.url}`;
  const bodyHash = crypto
    .createHash('sha256')
    .update(route)
    .update(canonicalJson(fingerprint ?? null))
    .digest('hex');
  return db.transaction().execute(async (trx) => {
    const claimed = await claim.execute(trx, {
      userId,
      key,
      route,
      bodyHash,
      statusCode,
      createdAt: nowIso(),
    });
    if (Number(claimed.numAffectedRows ?? 0) === 0) {
      const prev = await trx
        .selectFrom('idempotency_keys')
        .selectAll()
        .where('user_id', '=', userId)
        .where('key', '=', key)
        .executeTakeFirstOrThrow();
      if (prev.body_hash !== bodyHash) {
        throw new AppError(
          'idempotency_key_reused',
          422,
          '同一个 Idempotency-Key 不能用于不同的提交',
          'This Idempotency-Key was used for a different request',
        );
      }
      reply.header('Idempotent-Replayed', 'true');
      reply.code(prev.status_code ?? statusCode);
      return prev.response as T;
    }
    const result = await work(trx);
    await storeAnswer.execute(trx, { userId, key, response: json(result) });
    return result;
  });
}
