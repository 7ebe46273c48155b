import type { FastifyInstance } from 'fastify';
import './volunteers.policy';
import volunteerRoutes from './volunteers.routes';
import './volunteers.demo';

/** Activities and volunteers, party members' responsibility lists (SPEC §7). */
export default async function volunteers(app: FastifyInstance) {
  await app.register(volunteerRoutes);
}
