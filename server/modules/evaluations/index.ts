import type { FastifyInstance } from 'fastify';
import { registerJob } from '../../core/scheduler';
import evaluationRoutes from './evaluations.routes';
import { closeDue } from './evaluations.service';
import './evaluations.demo';

registerJob({ name: 'evaluations.close-due', everyMs: 60_000, run: async (ctx) => { await closeDue(ctx); } });

/** 物业考评: the committee's quarterly evaluation of the property company, rectifications, publication (SPEC §6). */
export default async function evaluations(app: FastifyInstance) {
  await app.register(evaluationRoutes);
}
