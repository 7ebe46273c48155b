import type { FastifyInstance } from 'fastify';
import { registerJob } from '../../core/scheduler';
import { registerVerifier } from '../../core/verify';
import './consultations.policy';
import consultationRoutes from './consultations.routes';
import { closeDue, verifyAllConsultations } from './consultations.service';

registerJob({ name: 'consultations.close-due', everyMs: 30_000, run: async (ctx) => { await closeDue(ctx); } });
registerVerifier('consultations', verifyAllConsultations);

/** 征询: household consultations with a verifiable ballot chain (SPEC §5). */
export default async function consultations(app: FastifyInstance) {
  await app.register(consultationRoutes);
}
