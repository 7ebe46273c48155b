import type { FastifyInstance } from 'fastify';
import { registerJob } from '../../core/scheduler';
import { escalateOverdue } from './tickets.service';
import ticketRoutes from './tickets.routes';
import { kickDeliveries } from '../notifications/notifications.service';
import './tickets.demo';

registerJob({
  name: 'tickets.escalate',
  everyMs: 60_000,
  run: async (ctx) => {
    if (await escalateOverdue(ctx)) kickDeliveries(ctx);
  },
});

/** 民呼我应 resident tickets (SPEC §2). */
export default async function tickets(app: FastifyInstance) {
  await app.register(ticketRoutes);
}

/** Other modules register what a ticket can be linked to (escalation targets) through this export. */
export { registerLinkTarget } from './links';
