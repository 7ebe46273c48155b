import type { FastifyInstance } from 'fastify';
import type { ModuleManifest } from '../manifest';
import { policies } from './notifications.policy';
import notificationRoutes from './notifications.routes';
import { sendDigests } from './digest';
import { deliverDue } from './notifications.service';
import { configureSms, deliverSms } from './sms';

/** In-app inbox, each person's preferences, outbound channels (WeChat Work group robot, SMS) and the staff digest. */
export default async function notifications(app: FastifyInstance) {
  configureSms(app.ctx.config.sms);
  await app.register(notificationRoutes);
}

export const manifest: ModuleManifest = {
  name: 'notifications',
  dependsOn: ['org'],
  plugin: notifications,
  policies,
  jobs: [
    { name: 'notifications.deliver', everyMs: 30_000, run: (ctx) => deliverDue(ctx) },
    { name: 'notifications.sms', everyMs: 30_000, run: (ctx) => deliverSms(ctx) },
    {
      name: 'notifications.digest',
      everyMs: 5 * 60_000,
      run: async (ctx) => {
        await sendDigests(ctx);
      },
    },
  ],
};
