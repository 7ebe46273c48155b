import type { FastifyInstance } from 'fastify';
import { registerVerifier } from '../../core/verify';
import { registerDemoSeeder } from '../../demo/registry';
import dashboardRoutes from './dashboards.routes';
import { rebuildSummaries, summaryDrift } from './summaries';

registerVerifier('dashboard summaries', summaryDrift);
// Registered after every other module's seeder (dashboards is last in modules/index.ts): the demo
// seeds write rows in bulk, so the summaries are computed once from what they wrote.
registerDemoSeeder('dashboards', async ({ db, community }) => { await rebuildSummaries(db, [community.communityId]); });

/** Dashboards (SPEC §8): community figures and the town view, from summary tables kept with each change. */
export default async function dashboards(app: FastifyInstance) {
  await app.register(dashboardRoutes);
}
