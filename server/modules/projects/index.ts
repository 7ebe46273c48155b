import type { FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import { ONE_PHOTO_LIMITS } from '../../core/files/photo-upload';
import './projects.policy';
import './projects.demo';
import projectRoutes from './projects.routes';

export { describeProject, projectsOfTopic } from './projects.service';

/** Funded projects (SPEC §7): budget, spending with invoices, progress, photos, public disclosure. */
export default async function projects(app: FastifyInstance) {
  await app.register(multipart, { limits: ONE_PHOTO_LIMITS });
  await app.register(projectRoutes);
}
