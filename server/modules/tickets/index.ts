import type { FastifyInstance } from 'fastify';
import { digestLines } from './tickets.messages';
import type { ModuleManifest } from '../manifest';
import { kickDeliveries } from '../notifications/notifications.service';
import { policies } from './tickets.policy';
import { seedDemoTickets } from './tickets.demo';
import ticketRoutes from './tickets.routes';
import { escalateOverdue, summaryFacts } from './tickets.service';
import { ledgerColumns, ledgerRows } from './tickets.figures';

/** 民呼我应 resident tickets (SPEC §2). */
export default async function tickets(app: FastifyInstance) {
  await app.register(ticketRoutes);
}

export const manifest: ModuleManifest = {
  name: 'tickets',
  dependsOn: ['org', 'notifications'],
  plugin: tickets,
  policies,
  summarySource: summaryFacts,
  digestSource: digestLines,
  jobs: [
    {
      name: 'tickets.escalate',
      everyMs: 60_000,
      run: async (ctx) => {
        if (await escalateOverdue(ctx)) kickDeliveries(ctx);
      },
    },
  ],
  demoSeeder: seedDemoTickets,
  ledgers: {
    tickets: {
      titleZh: '民呼我应台账',
      titleEn: 'Resident requests (民呼我应)',
      permission: 'tickets.oversee',
      columns: ledgerColumns,
      rows: (c, p) => ledgerRows(c.db, c.communityId, c.app.clock.now(), p.fromIso, p.toIso),
    },
  },
};
