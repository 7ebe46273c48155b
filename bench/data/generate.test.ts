import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import { verifyChains } from '../../server/core/audit/audit';
import { loadConfig } from '../../server/core/config';
import { openDatabase, type Database } from '../../server/core/db/kysely';
import { loadSecret } from '../../server/core/pii';
import { listVerifiers } from '../../server/core/verify';
import { openTestDatabase, TEST_DIALECT, type TestDatabase } from '../../server/testing/database';
import '../../server/modules/index';
import { BENCH_PASSWORD, generate, type Manifest } from './generate';

/** A tiny district (2 communities of ~60 households, one year) on the run's dialect, generated twice with one seed. */
const SMALL = { communities: 2, households: 60, years: 1, seed: 7, until: new Date('2026-11-01T00:00:00Z'), reset: true };

/** One key for both runs: the blind index of ID numbers is keyed, and a fresh data dir would make a fresh key. */
const KEY = 'bench-data-test-key-0123456789abcdef';
const withKey = (dataDir: string) => {
  fs.writeFileSync(path.join(dataDir, 'secret.key'), KEY + '\n');
  return dataDir;
};

interface Generated { manifest: Manifest; database: Database; dataDir: string; cleanup: () => Promise<void> }

async function generated(): Promise<Generated> {
  if (TEST_DIALECT === 'postgres') {
    const t: TestDatabase = await openTestDatabase({ migrate: false });
    const manifest = await generate({ ...SMALL, databaseUrl: t.url, dataDir: withKey(t.dataDir) });
    return { manifest, database: t.database, dataDir: t.dataDir, cleanup: () => t.cleanup() };
  }
  const dataDir = withKey(fs.mkdtempSync(path.join(os.tmpdir(), 'gongzhi-bench-data-')));
  const manifest = await generate({ ...SMALL, dataDir });
  const database = openDatabase({ dataDir });
  return {
    manifest, database, dataDir,
    async cleanup() {
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Chain heads cover every audited row; the rest pins rows the chains do not (ids, states, counters, ballots). */
async function digest(d: Database): Promise<string> {
  const db = d.db;
  const parts = await Promise.all([
    db.selectFrom('audit_heads').select(['chain', 'seq', 'hash']).orderBy('chain').execute(),
    db.selectFrom('tickets').select(['id', 'number', 'state', 'grid_id', 'support_count', 'escalation_level', 'updated_at']).orderBy('id').execute(),
    db.selectFrom('ticket_counters').selectAll().orderBy('community_id').orderBy('year').execute(),
    db.selectFrom('ticket_events').select(['id', 'kind', 'created_at']).orderBy('id').execute(),
    db.selectFrom('consultations').select(['id', 'chain_seq', 'chain_head', 'status']).orderBy('id').execute(),
    db.selectFrom('residents').select(['id', 'name', 'phone', 'id_number_hmac', 'user_id']).orderBy('id').execute(),
  ]);
  return crypto.createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

const count = async (d: Database, table: string) =>
  Number((await d.db.selectFrom(table as any).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe(`bench data generator (${TEST_DIALECT})`, () => {
  const runs: Generated[] = [];
  afterAll(async () => {
    for (const r of runs) await r.cleanup();
  });

  it('fills every part of the schema in plausible proportions, with chains that verify', async () => {
    const g = await generated();
    runs.push(g);
    const n = Object.fromEntries(await Promise.all(['households', 'residents', 'tickets', 'ticket_events', 'audit_events', 'consultations',
      'consultation_households', 'consultation_ballots', 'consultation_entries', 'users', 'role_grants', 'grid_members', 'ticket_supports'].map(async (t) => [t, await count(g.database, t)])));
    expect(n).toEqual(expect.objectContaining(Object.fromEntries(Object.keys(n).map((t) => [t, g.manifest.rows[t]]))));
    expect(n.households).toBeGreaterThan(80);
    expect(n.residents / n.households).toBeGreaterThan(2);
    expect(n.residents / n.households).toBeLessThan(3.5);
    expect(n.tickets / n.households).toBeGreaterThan(0.7);
    expect(n.ticket_events / n.tickets).toBeGreaterThan(3);
    expect(n.audit_events).toBeGreaterThan(n.ticket_events + n.residents);
    expect(n.consultations).toBeGreaterThanOrEqual(2);
    expect(n.consultation_ballots).toBeLessThan(n.consultation_households);
    expect(n.consultation_entries).toBeGreaterThan(n.consultation_ballots);
    expect(n.users).toBeGreaterThan(n.households * 0.3);

    const states = await g.database.db.selectFrom('tickets').select(['state']).select((eb) => eb.fn.countAll().as('n')).groupBy('state').execute();
    const byState = Object.fromEntries(states.map((s) => [s.state, Number(s.n)]));
    expect(byState.closed / n.tickets).toBeGreaterThan(0.5);
    // Summary rows the service keeps: per-year counters and support counts.
    const counters = await g.database.db.selectFrom('ticket_counters').select((eb) => eb.fn.sum<number>('last').as('s')).executeTakeFirstOrThrow();
    expect(Number(counters.s)).toBe(n.tickets);
    const supports = await g.database.db.selectFrom('tickets').select((eb) => eb.fn.sum<number>('support_count').as('s')).executeTakeFirstOrThrow();
    expect(Number(supports.s)).toBe(n.ticket_supports);

    const chains = await verifyChains(g.database.db);
    expect(chains.length).toBe(3);
    expect(chains.filter((c) => !c.ok)).toEqual([]);
    const lines = (await Promise.all(listVerifiers().map((v) => v.fn(g.database.db)))).flat();
    // One line per consultation chain, and any other registered check (the dashboards' summaries).
    expect(lines.filter((l) => l.text.startsWith('consultation chain')).length).toBe(n.consultations);
    expect(lines.filter((l) => !l.ok)).toEqual([]);
  });

  it('gives the same rows for the same seed', async () => {
    const again = await generated();
    runs.push(again);
    expect(await digest(again.database)).toBe(await digest(runs[0].database));
  });

  it('serves the generated district: bench accounts sign in and see their roles', async () => {
    const g = runs[0];
    const config = { ...loadConfig({ LOG_LEVEL: 'silent', GONGZHI_DATA_DIR: g.dataDir } as any), webDist: '/nonexistent' };
    const app = await buildApp({ config, database: g.database, secret: loadSecret(undefined, g.dataDir), clock: { now: () => Date.now() } });
    try {
      const community = g.manifest.accounts[0];
      for (const [login, role] of [[community.staff[0], 'staff'], [community.grid[0], 'grid_member'], [community.sampleRepresentative!, 'representative']]) {
        const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login, password: BENCH_PASSWORD } });
        expect(res.statusCode, `${login}: ${res.body}`).toBe(200);
        const cookie = res.cookies.find((c) => c.name === 'gz_sid')!;
        const me = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie: `gz_sid=${cookie.value}` } });
        expect(me.statusCode).toBe(200);
        expect(JSON.stringify(me.json())).toContain(role);
        expect(JSON.stringify(me.json())).toContain(community.communityId);
      }
    } finally {
      await app.close();
    }
  });
});
