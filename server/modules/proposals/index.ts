import type { FastifyInstance } from 'fastify';
import type { ModuleManifest } from '../manifest';
import { ledgers } from './proposals.ledgers';
import { seedProposals } from './proposals.demo';
import { policies } from './proposals.policy';
import proposalRoutes from './proposals.routes';
import { describeProposal } from './proposals.service';

/** 代表履职: the deputy's proposals from tickets to an outcome (SPEC §7). */
export default async function proposals(app: FastifyInstance) {
  await app.register(proposalRoutes);
}

export const manifest: ModuleManifest = {
  name: 'proposals',
  ledgers,
  dependsOn: ['org', 'tickets', 'topics'],
  plugin: proposals,
  policies,
  linkTargets: { proposal: { labelZh: '人大代表建议', describe: describeProposal } },
  demoSeeder: seedProposals,
};
