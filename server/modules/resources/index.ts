import type { FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import { ONE_PHOTO_LIMITS } from '../../core/files/photo-upload';
import type { ModuleManifest } from '../manifest';
import { ledgers } from './resources.ledgers';
import { seedResources } from './resources.demo';
import { policies } from './resources.policy';
import resourceRoutes from './resources.routes';
import { describeDonation } from './resources.service';

export { valueSaved } from './resources.service';

/** Partners and donations (SPEC §7): pairing agreements, the need and resource lists, donations and the value saved. */
export default async function resources(app: FastifyInstance) {
  await app.register(multipart, { limits: ONE_PHOTO_LIMITS });
  await app.register(resourceRoutes);
}

export const manifest: ModuleManifest = {
  name: 'resources',
  ledgers,
  dependsOn: ['org', 'projects', 'topics'],
  plugin: resources,
  policies,
  demoSeeder: seedResources,
  // A topic's evidence points at the donation that met its need (the demo's 小区绿植补种 at the donated plants).
  linkTargets: { donation: { labelZh: '捐赠', describe: describeDonation, path: () => '/resources?tab=donations' } },
};
