import type { FastifyInstance } from 'fastify';
import type { ModuleManifest } from '../manifest';
import { ledgers } from './topics.ledgers';
import { seedDeliberation } from './deliberation.demo';
import { policies } from './topics.policy';
import topicRoutes from './topics.routes';
import { decisionNoticeSnapshot, describeTopic, summaryFacts } from './topics.service';

/** 四方议事: deliberation topics from proposal to closure (SPEC §4). */
export default async function topics(app: FastifyInstance) {
  await app.register(topicRoutes);
}

export const manifest: ModuleManifest = {
  name: 'topics',
  ledgers,
  // The demo's topics go through meetings and consultations and take up the demo's tickets.
  dependsOn: ['org', 'tickets', 'meetings', 'consultations'],
  plugin: topics,
  policies,
  summarySource: summaryFacts,
  linkTargets: { topic: { labelZh: '四方议事议题', describe: describeTopic } },
  noticeSources: {
    topic_decision: { labelZh: '议题决议', labelEn: 'Topic decision', snapshot: decisionNoticeSnapshot },
  },
  demoSeeder: seedDeliberation,
};
