import type { FastifyInstance } from 'fastify';
import type { ModuleManifest } from '../manifest';
import { policies } from './reports.policy';
import reportRoutes from './reports.routes';
import { verifyFinalisedReports } from './reports.service';

/** Ledgers (台账) from every module's manifest, and the monthly work report (月报), issue #16. */
export default async function reports(app: FastifyInstance) {
  await app.register(reportRoutes);
}

export const manifest: ModuleManifest = {
  name: 'reports',
  dependsOn: ['org'],
  plugin: reports,
  policies,
  verifiers: { 'monthly reports': verifyFinalisedReports },
};
