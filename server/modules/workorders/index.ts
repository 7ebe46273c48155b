import type { FastifyInstance } from 'fastify';
import { registerJob } from '../../core/scheduler';
import { registerLinkTarget } from '../tickets';
import './workorders.policy';
import workOrderRoutes from './workorders.routes';
import { describeWorkOrder } from './workorders.service';
import { flagGaps } from './duty.service';
import { LINK_TYPE } from './workorders.link';
import './workorders.demo';

// A ticket escalates to a work order; the ticket page names it, and the work order's acceptance resolves the ticket.
registerLinkTarget(LINK_TYPE, { labelZh: '维修工单', describe: describeWorkOrder });
registerJob({ name: 'duty.flag-gaps', everyMs: 10 * 60_000, run: async (ctx) => { await flagGaps(ctx); } });

/** Maintenance work orders with the fee list and fund ledgers, and the property's 24-hour duty roster (SPEC §6). */
export default async function workorders(app: FastifyInstance) {
  await app.register(workOrderRoutes);
}
