import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { errors } from '../errors';
import type { Actor } from '../policy/policy';
import { actorFromToken, SESSION_COOKIE } from './sessions';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Refuses state changes that a browser says come from another site. Browsers send Sec-Fetch-Site;
 * older ones send Origin; requests with neither are not from a browser page and carry no ambient
 * authority worth forging. The SameSite cookie is the second line.
 */
function checkSameSite(req: FastifyRequest) {
  if (!UNSAFE.has(req.method)) return;
  const site = req.headers['sec-fetch-site'];
  if (site) {
    if (site !== 'same-origin' && site !== 'none') throw errors.crossSite();
    return;
  }
  const origin = req.headers.origin;
  if (origin) {
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      throw errors.crossSite();
    }
    if (host !== req.headers.host) throw errors.crossSite();
  }
}

export default fp(async function auth(app: FastifyInstance) {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    checkSameSite(req);
    const token = req.cookies?.[SESSION_COOKIE];
    if (token && token.length < 100) req.actor = await actorFromToken(app.ctx.db, token, app.ctx.clock.now());
  });
});
