import type { FastifyInstance } from 'fastify';
import notificationRoutes from './notifications.routes';

/** In-app inbox and outbound channels (WeChat Work group robot). */
export default async function notifications(app: FastifyInstance) {
  await app.register(notificationRoutes);
}
