import type { FastifyInstance } from 'fastify';
import type { ModuleManifest } from '../manifest';
import { ledgers } from './volunteers.ledgers';
import { seedVolunteers } from './volunteers.demo';
import { activityNoticeSnapshot } from './volunteers.service';
import { policies } from './volunteers.policy';
import volunteerRoutes from './volunteers.routes';

/** Activities and volunteers, party members' responsibility lists (SPEC §7). */
export default async function volunteers(app: FastifyInstance) {
  await app.register(volunteerRoutes);
}

export const manifest: ModuleManifest = {
  name: 'volunteers',
  ledgers,
  dependsOn: ['org'],
  plugin: volunteers,
  policies,
  demoSeeder: seedVolunteers,
  noticeSources: {
    activity: { labelZh: '活动', labelEn: 'Activity', snapshot: activityNoticeSnapshot },
  },
};
