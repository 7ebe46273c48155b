import type { FastifyInstance } from 'fastify';
import './topics.policy';
import topicRoutes from './topics.routes';
import './deliberation.demo';
import { registerLinkTarget } from '../tickets/tickets.service';
import { describeTopic } from './topics.service';

registerLinkTarget('topic', { labelZh: '四方议事议题', describe: describeTopic });

/** 四方议事: deliberation topics from proposal to closure (SPEC §4). */
export default async function topics(app: FastifyInstance) {
  await app.register(topicRoutes);
}
