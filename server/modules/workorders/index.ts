import type { FastifyInstance } from 'fastify';
import type { ModuleManifest } from '../manifest';
import { flagGaps } from './duty.service';
import { seedDemoWorkOrders } from './workorders.demo';
import { LINK_TYPE } from './workorders.link';
import { policies } from './workorders.policy';
import workOrderRoutes from './workorders.routes';
import { describeWorkOrder } from './workorders.service';

/** Maintenance work orders with the fee list and fund ledgers, and the property's 24-hour duty roster (SPEC §6). */
export default async function workorders(app: FastifyInstance) {
  await app.register(workOrderRoutes);
}

export const manifest: ModuleManifest = {
  name: 'workorders',
  dependsOn: ['org', 'tickets', 'topics', 'notifications'],
  plugin: workorders,
  policies,
  jobs: [
    {
      name: 'duty.flag-gaps',
      everyMs: 10 * 60_000,
      run: async (ctx) => {
        await flagGaps(ctx);
      },
    },
  ],
  // A ticket escalates to a work order; the ticket page names it, and the work order's acceptance resolves the ticket.
  linkTargets: { [LINK_TYPE]: { labelZh: '维修工单', describe: describeWorkOrder } },
  demoSeeder: seedDemoWorkOrders,
};
