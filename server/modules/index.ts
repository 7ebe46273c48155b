import type { FastifyPluginAsync } from 'fastify';
import org from './org';
import consultations from './consultations';
import tickets from './tickets';
import notifications from './notifications';

/** Every module's plugin, registered under /api in this order. */
export const modules: FastifyPluginAsync[] = [org, consultations, tickets, notifications];
