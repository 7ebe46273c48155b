import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CommunityParams } from '../../../contract/org';
import { Workbench } from '../../../contract/workbench';
import * as flow from '../../workflows/workbench';

const tags = ['workbench'];

export default async function workbenchRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/communities/:communityId/workbench',
    {
      config: { access: { action: 'workbench.read' } },
      schema: {
        tags,
        summary:
          "The caller's workbench (工作台): their tickets and their grid's, overdue and due within 24 h, answers owed, paper ballots to confirm, sign-offs for their party, this week's meetings with open action items, consultations closing soon with turnout by building — each section for the roles it concerns",
        params: CommunityParams,
        response: { 200: Workbench },
      },
    },
    (req) => flow.workbench(app.ctx, req.actor!, req.params.communityId),
  );
}
