import type { FastifyInstance } from 'fastify';
import type { ModuleManifest } from '../manifest';
import { ledgers } from './notices.ledgers';
import { policies } from './notices.policy';
import noticeRoutes from './notices.routes';
import { describeNotice } from './notices.service';

/** Public notices (公示栏, issue #16): created from the records other modules register as notice sources. */
export default async function notices(app: FastifyInstance) {
  await app.register(noticeRoutes);
}

export const manifest: ModuleManifest = {
  name: 'notices',
  ledgers,
  dependsOn: ['org'],
  plugin: notices,
  policies,
  linkTargets: { notice: { labelZh: '公示', describe: describeNotice, path: (id) => `/notices/${id}/print` } },
};
