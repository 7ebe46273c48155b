import type { FastifyInstance } from 'fastify';
import type { ModuleManifest } from '../manifest';
import { policies } from './notifications.policy';
import notificationRoutes from './notifications.routes';
import { deliverDue } from './notifications.service';

/** In-app inbox and outbound channels (WeChat Work group robot). */
export default async function notifications(app: FastifyInstance) {
  await app.register(notificationRoutes);
}

export const manifest: ModuleManifest = {
  name: 'notifications',
  dependsOn: [],
  plugin: notifications,
  policies,
  jobs: [{ name: 'notifications.deliver', everyMs: 30_000, run: (ctx) => deliverDue(ctx) }],
};
