import os from 'node:os';
import type { AppContext, RequestContext } from '../core/context';
import { loadActor } from '../core/auth/sessions';
import type { DemoSeedContext } from './registry';

/**
 * For demo seeders that go through the services: request contexts of the demo accounts on one clock that
 * the seeder sets to the day each thing happened (`at('2026-06-19T01:00:00Z')`). Nothing is stored as a
 * file by these seeders; the data directory is only there because the ticket service asks for one.
 */
export function demoContexts({ db, community, users, secrets }: DemoSeedContext) {
  let now = 0;
  const at = (iso: string) => {
    now = Date.parse(iso);
    return new Date(now).toISOString();
  };
  const app = {
    db,
    secrets,
    clock: { now: () => now },
    config: { host: '127.0.0.1', port: 3000, dataDir: os.tmpdir() },
  } as unknown as AppContext;
  const as = async (login: string, displayName = login): Promise<RequestContext> => ({
    app,
    db,
    communityId: community.communityId,
    actor: await loadActor(db, users[login], { login, displayName, platformAdmin: false }),
  });
  return { app, at, as, now: () => now };
}
