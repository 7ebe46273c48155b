import type { FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import { errors } from '../../core/errors';
import type { ModuleManifest } from '../manifest';
import { policies } from './org.policy';
import orgRoutes from './org.routes';
import rosterRoutes from './roster.routes';
import { communitiesOf, residenciesOf } from './org.service';
import { communityExists } from './structure.service';
import { HOUSEHOLD_COLUMNS, RESIDENT_COLUMNS, ROSTER_MAX_BYTES, householdRows, residentRows } from './roster.service';

const cols = (names: readonly string[]) => names.map((header) => ({ header, width: header === '身份证号' ? 22 : 12 }));

/** The org module: people and places of each community (SPEC §1). */
export default async function org(app: FastifyInstance) {
  await app.register(multipart, { limits: { fileSize: ROSTER_MAX_BYTES, files: 1, fields: 5 } });
  // The platform admin passes every policy check; an unknown community must still be 404 for them.
  app.addHook('preParsing', async (req, _reply, payload) => {
    const c = (req.params as { communityId?: string } | undefined)?.communityId;
    if (c && req.actor?.platformAdmin && !(await communityExists(app.ctx.db, c))) throw errors.notFound('community');
    return payload;
  });
  await app.register(orgRoutes);
  await app.register(rosterRoutes);
}

export const manifest: ModuleManifest = {
  name: 'org',
  dependsOn: [],
  plugin: org,
  policies,
  // Sessions (core) learn residencies and community names from org through this interface, never its tables.
  directory: {
    residencies: residenciesOf,
    communities: async (conn, ids) => (await communitiesOf(conn, ids)).map((c) => ({ id: c.id, name: c.name })),
  },
  // The roster as it stands (no period): the same rows as the roster export; residents always masked here (the
  // full numbers only through the roster export's audited reveal with a reason).
  ledgers: {
    households: {
      titleZh: '户籍台账（户）',
      titleEn: 'Households',
      permission: 'org.manage',
      columns: cols(HOUSEHOLD_COLUMNS),
      rows: (c) => householdRows(c),
    },
    residents: {
      titleZh: '居民台账',
      titleEn: 'Residents',
      permission: 'org.manage',
      columns: cols(RESIDENT_COLUMNS),
      rows: (c) => residentRows(c, undefined),
    },
  },
};
