import type { FastifyInstance } from 'fastify';
import type { ModuleManifest } from '../manifest';
import { policies } from './dashboards.policy';
import dashboardRoutes from './dashboards.routes';
import { rebuildSummaries, summaryDrift } from './summaries';

/** Dashboards (SPEC §8): community figures and the town view, from summary tables kept with each change. */
export default async function dashboards(app: FastifyInstance) {
  await app.register(dashboardRoutes);
}

export const manifest: ModuleManifest = {
  name: 'dashboards',
  // It summarises these modules' records: its demo seeder runs after theirs.
  dependsOn: ['org', 'tickets', 'meetings', 'topics', 'consultations'],
  plugin: dashboards,
  policies,
  verifiers: { 'dashboard summaries': summaryDrift },
  // The migration that made the summary tables fills them from the rows already there.
  backfills: { 'dashboards.summaries': (db) => rebuildSummaries(db) },
  // The demo seeds write rows in bulk, bypassing the per-change hooks: the summaries are computed once from what they wrote.
  demoSeeder: async ({ db, community }) => {
    await rebuildSummaries(db, [community.communityId]);
  },
};
