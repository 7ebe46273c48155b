import type { FastifyPluginAsync } from 'fastify';

/** Every module's plugin, registered under /api in this order. */
export const modules: FastifyPluginAsync[] = [];
