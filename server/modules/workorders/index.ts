import type { FastifyInstance } from 'fastify';
import type { ModuleManifest } from '../manifest';
import { ledgers } from './workorders.ledgers';
import { describeRoster, flagGaps } from './duty.service';
import { seedDemoWorkOrders } from './workorders.demo';
import { FEE_LIST_LINK, LINK_TYPE, ROSTER_LINK } from './workorders.link';
import { policies } from './workorders.policy';
import workOrderRoutes from './workorders.routes';
import { describeFeeList, describeWorkOrder } from './workorders.service';

/** Maintenance work orders with the fee list and fund ledgers, and the property's 24-hour duty roster (SPEC §6). */
export default async function workorders(app: FastifyInstance) {
  await app.register(workOrderRoutes);
}

export const manifest: ModuleManifest = {
  name: 'workorders',
  ledgers,
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
  // A topic's evidence may point at a work order, the fee list or the duty roster (its implementation stage).
  linkTargets: {
    [LINK_TYPE]: { labelZh: '维修工单', describe: describeWorkOrder, path: (id) => `/work-orders/${id}` },
    [FEE_LIST_LINK]: { labelZh: '维修费用清单', describe: describeFeeList, path: () => '/fee-list' },
    [ROSTER_LINK]: { labelZh: '24小时驻扎值班表', describe: describeRoster, path: () => '/duty' },
  },
  demoSeeder: seedDemoWorkOrders,
};
