import type { FastifyInstance } from 'fastify';
import './topics.policy';
import topicRoutes from './topics.routes';

/** 四方议事: deliberation topics from proposal to closure (SPEC §4). */
export default async function topics(app: FastifyInstance) {
  await app.register(topicRoutes);
}
