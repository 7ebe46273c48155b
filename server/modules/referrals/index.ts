import type { FastifyInstance } from 'fastify';
import type { ModuleManifest } from '../manifest';
import { ledgers } from './referrals.ledgers';
import { seedReferrals } from './referrals.demo';
import { policies } from './referrals.policy';
import referralRoutes from './referrals.routes';
import { describeReferral, remindOverdue } from './referrals.service';

/** 部门联动: referrals of tickets to departments, kept outstanding (挂账) until answered (SPEC §7). */
export default async function referrals(app: FastifyInstance) {
  await app.register(referralRoutes);
}

export const manifest: ModuleManifest = {
  name: 'referrals',
  ledgers,
  dependsOn: ['org', 'tickets', 'notifications'],
  plugin: referrals,
  policies,
  jobs: [
    {
      name: 'referrals.remind-overdue',
      everyMs: 15 * 60_000,
      run: async (ctx) => {
        await remindOverdue(ctx);
      },
    },
  ],
  linkTargets: { referral: { labelZh: '部门联动转办', describe: describeReferral } },
  demoSeeder: seedReferrals,
};
