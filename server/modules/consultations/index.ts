import type { FastifyInstance } from 'fastify';
import type { ModuleManifest } from '../manifest';
import { ledgers } from './consultations.ledgers';
import { digestLines, remindClosing } from './consultations.notify';
import { resultNoticeSnapshot } from './consultations.service';
import { policies } from './consultations.policy';
import consultationRoutes from './consultations.routes';
import { closeDue, closedConsultation, summaryFacts, verifyAllConsultations } from './consultations.service';

/** 征询: household consultations with a verifiable ballot chain (SPEC §5). */
export default async function consultations(app: FastifyInstance) {
  await app.register(consultationRoutes);
}

export const manifest: ModuleManifest = {
  name: 'consultations',
  ledgers,
  dependsOn: ['org', 'notifications'],
  plugin: consultations,
  policies,
  summarySource: summaryFacts,
  digestSource: digestLines,
  jobs: [
    {
      name: 'consultations.remind-closing',
      everyMs: 10 * 60_000,
      run: async (ctx) => {
        await remindClosing(ctx);
      },
    },
    {
      name: 'consultations.close-due',
      everyMs: 30_000,
      run: async (ctx) => {
        await closeDue(ctx);
      },
    },
  ],
  verifiers: { consultations: verifyAllConsultations },
  noticeSources: {
    consultation_result: { labelZh: '征询结果', labelEn: 'Consultation result', snapshot: resultNoticeSnapshot },
  },
  linkTargets: {
    // A ticket that reopens a settled question is linked to the closed consultation that settled it (the April dispute):
    // only a closed one can be linked, and the ticket page then prints its sealed result with the QR to the public check.
    consultation: {
      labelZh: '已结束的居民征询',
      describe: async (conn, communityId, id) => {
        const c = await closedConsultation(conn, communityId, id);
        return c ? { title: c.title } : null;
      },
    },
  },
};
