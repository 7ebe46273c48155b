import type { FastifyInstance } from 'fastify';
import type { ModuleManifest } from '../manifest';
import { policies } from './workbench.policy';
import workbenchRoutes from './workbench.routes';

/** 工作台 (issue #17): the console's home, a read across tickets, consultations, topics and meetings (workflows/workbench.ts). No tables of its own. */
export default async function workbench(app: FastifyInstance) {
  await app.register(workbenchRoutes);
}

export const manifest: ModuleManifest = {
  name: 'workbench',
  dependsOn: [],
  plugin: workbench,
  policies,
};
