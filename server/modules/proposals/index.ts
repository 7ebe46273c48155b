import type { FastifyInstance } from 'fastify';
import { registerLinkTarget } from '../tickets/tickets.service';
import './proposals.policy';
import proposalRoutes from './proposals.routes';
import { describeProposal } from './proposals.service';
import './proposals.demo';

registerLinkTarget('proposal', { labelZh: '人大代表建议', describe: describeProposal });

/** 代表履职: the deputy's proposals from tickets to an outcome (SPEC §7). */
export default async function proposals(app: FastifyInstance) {
  await app.register(proposalRoutes);
}
