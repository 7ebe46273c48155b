import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Dashboard, PeriodQuery, TownList, TownOverview, TownParams } from '../../../contract/dashboards';
import { CommunityParams } from '../../../contract/org';
import * as svc from './dashboards.service';

const tags = ['dashboards'];

export default async function dashboardRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/communities/:communityId/dashboard',
    {
      config: { access: { action: 'dashboards.read' }, errors: { 422: ['bad_period', 'period_too_long'] } },
      schema: {
        tags,
        summary: "A community's figures over a period of months (default: the last 12), from the summary tables",
        params: CommunityParams,
        querystring: PeriodQuery,
        response: { 200: Dashboard },
      },
    },
    (req) => svc.communityDashboard(app.ctx, req.params.communityId, req.query),
  );
  // Town routes have no :communityId; the service lets only the platform admin in and answers 404 to anyone else.
  r.get(
    '/towns',
    {
      config: { access: { signedIn: true } },
      schema: {
        tags,
        summary: 'Towns the caller may compare (platform admin: all; anyone else: none)',
        response: { 200: TownList },
      },
    },
    (req) => svc.towns(app.ctx, req.actor!),
  );
  r.get(
    '/towns/:townId/overview',
    {
      config: { access: { signedIn: true } },
      schema: {
        tags,
        summary: 'Every community of a town side by side over a period (platform admin)',
        params: TownParams,
        querystring: PeriodQuery,
        response: { 200: TownOverview },
      },
    },
    (req) => svc.townOverview(app.ctx, req.actor!, req.params.townId, req.query),
  );
}
