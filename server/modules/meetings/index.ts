import type { FastifyInstance } from 'fastify';
import type { ModuleManifest } from '../manifest';
import { ledgers } from './meetings.ledgers';
import { digestLines, remindActionItems } from './meetings.notify';
import { policies } from './meetings.policy';
import meetingRoutes from './meetings.routes';
import { summaryFacts } from './meetings.service';

/** Meetings: 月例会, 议事会, 座谈会 (SPEC §3) and group-chat intake. */
export default async function meetings(app: FastifyInstance) {
  await app.register(meetingRoutes);
}

export const manifest: ModuleManifest = {
  name: 'meetings',
  ledgers,
  dependsOn: ['org', 'notifications'],
  plugin: meetings,
  policies,
  summarySource: summaryFacts,
  digestSource: digestLines,
  jobs: [
    {
      name: 'meetings.remind-action-items',
      everyMs: 10 * 60_000,
      run: async (ctx) => {
        await remindActionItems(ctx);
      },
    },
  ],
};
