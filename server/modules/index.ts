import type { FastifyPluginAsync } from 'fastify';
import org from './org';
import tickets from './tickets';
import notifications from './notifications';
import consultations from './consultations';
import topics from './topics';
import meetings from './meetings';
import dashboards from './dashboards';
import evaluations from './evaluations';

/** Every module's plugin, registered under /api in this order. */
export const modules: FastifyPluginAsync[] = [org, consultations, topics, meetings, tickets, notifications, evaluations, dashboards];
