import type { FastifyPluginAsync } from 'fastify';
import { provideDirectory, type Directory } from '../core/auth/directory';
import { provideBackfill, type Backfill } from '../core/db/backfills';
import { definePolicies, type Rule } from '../core/policy/policy';
import { registerJob, type Job } from '../core/scheduler';
import { registerVerifier, type Verifier } from '../core/verify';
import { registerDemoSeeder, type DemoSeeder } from '../demo/registry';
import { registerLinkTarget, type LinkTarget } from './tickets/tickets.service';
import { provideSummarySource, type SummarySource } from './dashboards/dashboards.service';
import { provideDigestSource } from './notifications/digest';
import type { DigestSource } from './notifications/notifications.service';
import { registerNoticeSource, type NoticeSource } from './notices/notices.service';
import { registerLedger, type Ledger } from '../core/ledgers';

/**
 * What a module gives the app, declared in its index.ts as `export const manifest`. Nothing registers itself
 * when a file is imported: installModules() reads the manifests and fills the app's registries (policies,
 * jobs, verifiers, demo seeders, ticket link targets, digest sources, the directory core/auth reads) in dependency order.
 */
export interface ModuleManifest {
  name: string;
  /**
   * The modules this one builds on: installed — and their demo data seeded — before it. Name every module
   * whose services the demo seeder or jobs use; calls at request time need no entry.
   */
  dependsOn: string[];
  /** Routes, under /api. */
  plugin: FastifyPluginAsync;
  /** The actions of `config.access` this module answers for (its `<name>.policy.ts`). */
  policies?: Record<string, Rule>;
  jobs?: Job[];
  /** Integrity checks `gongzhi verify` runs, by name. */
  verifiers?: Record<string, Verifier>;
  /** Demo data (砖桥), run once when the demo community is first created, after the seeders of dependsOn. */
  demoSeeder?: DemoSeeder['seed'];
  /** Record types of this module a ticket may be linked to (tickets.service `registerLinkTarget`). */
  linkTargets?: Record<string, LinkTarget>;
  /** What this module tells the dashboards' summary rebuild of one community (its own tables, read by itself). */
  summarySource?: SummarySource;
  /** Records of this module a public notice (公示, notices module) can be created from, by type: topic_decision, …. */
  noticeSources?: Record<string, NoticeSource>;
  /** Its ledgers (台账, core/ledgers.ts), by key: exported as .xlsx by the reports module. */
  ledgers?: Record<string, Ledger>;
  /** Lines this module adds to the staff's daily digest (notifications/digest.ts). */
  digestSource?: DigestSource;
  /** Data migrations ask for by name (core/db/backfills.ts): dashboards' summary rebuild. */
  backfills?: Record<string, Backfill>;
  /** Org alone: how sign-in and sessions (core) learn residencies and community names. */
  directory?: Directory;
}

/** The manifests in dependency order: each after everything it names in dependsOn, otherwise in listing order. */
export function inDependencyOrder(manifests: readonly ModuleManifest[]): ModuleManifest[] {
  const byName = new Map(manifests.map((m) => [m.name, m]));
  const out: ModuleManifest[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (m: ModuleManifest, path: string[]) => {
    if (state.get(m.name) === 'done') return;
    if (state.get(m.name) === 'visiting') throw new Error(`Module dependency cycle: ${[...path, m.name].join(' → ')}`);
    state.set(m.name, 'visiting');
    for (const d of m.dependsOn) {
      const dep = byName.get(d);
      if (!dep) throw new Error(`Module ${m.name} depends on ${d}, which is not listed`);
      visit(dep, [...path, m.name]);
    }
    state.set(m.name, 'done');
    out.push(m);
  };
  for (const m of manifests) visit(m, []);
  return out;
}

let installed: readonly ModuleManifest[] | null = null;

/**
 * Fills the registries from the manifests, once per process (every app built in it shares the same modules);
 * returns them in dependency order. buildApp, the demo seed and `gongzhi verify` call it.
 */
export function installModules(manifests: readonly ModuleManifest[]): readonly ModuleManifest[] {
  if (installed) return installed;
  const ordered = inDependencyOrder(manifests);
  for (const m of ordered) {
    if (m.policies) definePolicies(m.policies);
    for (const j of m.jobs ?? []) registerJob(j);
    for (const [name, fn] of Object.entries(m.verifiers ?? {})) registerVerifier(name, fn);
    if (m.demoSeeder) registerDemoSeeder(m.name, m.demoSeeder);
    for (const [type, target] of Object.entries(m.linkTargets ?? {})) registerLinkTarget(type, target);
    if (m.summarySource) provideSummarySource(m.name, m.summarySource);
    if (m.digestSource) provideDigestSource(m.name, m.digestSource);
    for (const [type, source] of Object.entries(m.noticeSources ?? {})) registerNoticeSource(type, source);
    for (const [key, ledger] of Object.entries(m.ledgers ?? {})) registerLedger(m.name, key, ledger);
    for (const [name, fn] of Object.entries(m.backfills ?? {})) provideBackfill(name, fn);
    if (m.directory) provideDirectory(m.directory);
  }
  installed = ordered;
  return ordered;
}
