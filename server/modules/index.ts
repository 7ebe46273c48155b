import type { FastifyPluginAsync } from 'fastify';
import tickets from './tickets';
import notifications from './notifications';

/** Every module's plugin, registered under /api in this order. */
export const modules: FastifyPluginAsync[] = [tickets, notifications];
