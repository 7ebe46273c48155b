import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  Dashboard,
  GridDashboard,
  GridDashboardQuery,
  PeriodQuery,
  TownList,
  TownOverview,
  TownParams,
} from '../../../contract/dashboards';
import { CommunityParams } from '../../../contract/org';
import * as flow from '../../workflows/dashboards';
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
        summary:
          "A community's figures over a period of months (default: the last 12): tickets, meetings, topics and consultations from the summary tables; volunteers, donations, project spend, property scores and the emergency fund from their modules",
        params: CommunityParams,
        querystring: PeriodQuery,
        response: { 200: Dashboard },
      },
    },
    (req) => flow.communityDashboard(app.ctx, req.params.communityId, req.query),
  );
  r.get(
    '/communities/:communityId/grid-dashboard',
    {
      config: {
        access: { action: 'dashboards.grid.read' },
        errors: { 403: ['not_your_grid', 'no_grid'], 422: ['bad_period', 'period_too_long'] },
      },
      schema: {
        tags,
        summary:
          "One grid's tickets over a period (the grid leader's view): staff and the party branch pick any grid, a grid team member sees their own",
        params: CommunityParams,
        querystring: GridDashboardQuery,
        response: { 200: GridDashboard },
      },
    },
    (req) => flow.gridDashboard(app.ctx, req.actor!, req.params.communityId, req.query),
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
    (req) => flow.townOverview(app.ctx, req.actor!, req.params.townId, req.query),
  );
}
