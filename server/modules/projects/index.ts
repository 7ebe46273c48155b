import type { FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import { ONE_PHOTO_LIMITS } from '../../core/files/photo-upload';
import type { ModuleManifest } from '../manifest';
import { ledgers } from './projects.ledgers';
import { seedProjects } from './projects.demo';
import { spendingNoticeSnapshot } from './projects.service';
import { policies } from './projects.policy';
import projectRoutes from './projects.routes';

export { describeProject, projectsOfTopic } from './projects.service';

/** Funded projects (SPEC §7): budget, spending with invoices, progress, photos, public disclosure. */
export default async function projects(app: FastifyInstance) {
  await app.register(multipart, { limits: ONE_PHOTO_LIMITS });
  await app.register(projectRoutes);
}

export const manifest: ModuleManifest = {
  name: 'projects',
  ledgers,
  dependsOn: ['org', 'topics'],
  plugin: projects,
  policies,
  demoSeeder: seedProjects,
  noticeSources: {
    project_spending: { labelZh: '项目经费使用', labelEn: 'Project spending', snapshot: spendingNoticeSnapshot },
  },
};
