import type { FastifyInstance } from 'fastify';
import { registerJob } from '../../core/scheduler';
import { registerLinkTarget } from '../tickets/tickets.service';
import './referrals.policy';
import referralRoutes from './referrals.routes';
import { describeReferral, remindOverdue } from './referrals.service';
import './referrals.demo';

registerLinkTarget('referral', { labelZh: '部门联动转办', describe: describeReferral });
registerJob({ name: 'referrals.remind-overdue', everyMs: 15 * 60_000, run: async (ctx) => { await remindOverdue(ctx); } });

/** 部门联动: referrals of tickets to departments, kept outstanding (挂账) until answered (SPEC §7). */
export default async function referrals(app: FastifyInstance) {
  await app.register(referralRoutes);
}
