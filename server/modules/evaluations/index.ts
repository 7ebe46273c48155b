import type { FastifyInstance } from 'fastify';
import type { ModuleManifest } from '../manifest';
import { ledgers } from './evaluations.ledgers';
import { seed } from './evaluations.demo';
import { resultNoticeSnapshot } from './evaluations.service';
import { policies } from './evaluations.policy';
import evaluationRoutes from './evaluations.routes';
import { closeDue } from './evaluations.service';

/** 物业考评: the committee's quarterly evaluation of the property company, rectifications, publication (SPEC §6). */
export default async function evaluations(app: FastifyInstance) {
  await app.register(evaluationRoutes);
}

export const manifest: ModuleManifest = {
  name: 'evaluations',
  ledgers,
  // workorders: its figures join the round's, and its demo orders exist before the demo's rounds close.
  dependsOn: ['org', 'tickets', 'notifications', 'workorders'],
  plugin: evaluations,
  policies,
  jobs: [
    {
      name: 'evaluations.close-due',
      everyMs: 60_000,
      run: async (ctx) => {
        await closeDue(ctx);
      },
    },
  ],
  demoSeeder: seed,
  noticeSources: {
    evaluation_result: { labelZh: '物业考评结果', labelEn: 'Evaluation result', snapshot: resultNoticeSnapshot },
  },
};
