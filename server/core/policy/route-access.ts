import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { errors } from '../errors';
import { authorize, isAction } from './policy';

/**
 * Every /api route declares who may call it in `config.access`:
 *   { public: true }            anyone, signed in or not
 *   { signedIn: true }          any account; the service scopes what it returns
 *   { action: 'org.read' }      checked against the route's :communityId by the policy registry
 * A route that declares nothing makes the server refuse to start, so nothing is open by accident.
 */
export type Access = { public: true } | { signedIn: true } | { action: string };

export interface RouteAccess {
  method: string;
  url: string;
  access: Access;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyInstance {
    /** Every /api route with its declared access, for the access-matrix test and docs. */
    routeTable: RouteAccess[];
  }
}

export default fp(async function routeAccess(app: FastifyInstance) {
  const routeTable: RouteAccess[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    const access = (route.config as { access?: Access } | undefined)?.access;
    if (!access) throw new Error(`Route ${route.method} ${route.url} declares no access rule`);
    if ('action' in access && !route.url.includes(':communityId')) {
      throw new Error(`Route ${route.url} checks ${access.action} but has no :communityId`);
    }
    for (const m of [route.method].flat()) if (m !== 'HEAD') routeTable.push({ method: m, url: route.url, access });
  });

  // Before the body is parsed or validated: a caller without the right learns nothing from a 400,
  // and we spend nothing parsing their upload.
  app.addHook('preParsing', async (req: FastifyRequest, _reply, payload) => {
    check(req);
    return payload;
  });

  function check(req: FastifyRequest) {
    const access = req.routeOptions.config?.access;
    if (!access || 'public' in access) return;
    if (!req.actor) throw errors.unauthenticated();
    if ('action' in access) {
      if (!isAction(access.action)) throw new Error(`Unknown action ${access.action}`);
      const communityId = (req.params as { communityId: string }).communityId;
      authorize(req.actor, access.action, communityId);
    }
  }
});
