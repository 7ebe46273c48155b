import type { FastifyPluginAsync } from 'fastify';
import { installModules, type ModuleManifest } from './manifest';
import { manifest as consultations } from './consultations';
import { manifest as dashboards } from './dashboards';
import { manifest as meetings } from './meetings';
import { manifest as notifications } from './notifications';
import { manifest as org } from './org';
import { manifest as tickets } from './tickets';
import { manifest as topics } from './topics';
import { manifest as volunteers } from './volunteers';
import { manifest as referrals } from './referrals';
import { manifest as proposals } from './proposals';
import { manifest as workorders } from './workorders';
import { manifest as projects } from './projects';
import { manifest as resources } from './resources';
import { manifest as evaluations } from './evaluations';
import { manifest as parking } from './parking';
import { manifest as workbench } from './workbench';
import { manifest as notices } from './notices';
import { manifest as reports } from './reports';

/**
 * Every module of the app. Each declares what it builds on (`dependsOn` in its index.ts); registries are
 * filled and demo data seeded in that order. This list's own order only orders the routes in the OpenAPI
 * document (kept as it was, so contract/api.gen.ts does not churn).
 */
export const manifests: readonly ModuleManifest[] = [
  org,
  consultations,
  topics,
  meetings,
  tickets,
  notifications,
  dashboards,
  volunteers,
  referrals,
  proposals,
  workorders,
  projects,
  resources,
  evaluations,
  parking,
  workbench,
  notices,
  reports,
];

/** Installs every module once per process (see manifest.ts) and returns the route plugins, for buildApp. */
export function installedModules(): FastifyPluginAsync[] {
  installModules(manifests);
  return manifests.map((m) => m.plugin);
}
