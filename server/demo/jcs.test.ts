import crypto from 'node:crypto';
import canonicalize from 'canonicalize';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryOf } from '../core/audit/audit';
import { canonicalJson, GENESIS } from '../core/audit/canonical';
import { loadConfig } from '../core/config';
import { openTestDatabase, type TestDatabase } from '../testing/database';
import { TEST_SECRET } from '../testing/harness';
import '../modules';
import { ensureDemo } from './demo';

/**
 * The chains' canonical form is RFC 8785 (JCS), so a verifier in another language can be written from
 * docs/architecture.md: checked here against an independent implementation (the `canonicalize` package)
 * over every audit event and every ballot-chain entry of the full demo, and each stored hash recomputed
 * from that implementation's text alone.
 */
describe('canonical JSON of the audit and ballot chains is RFC 8785 (JCS)', () => {
  let tdb: TestDatabase;
  const sha = (prev: string, text: string) => crypto.createHash('sha256').update(prev).update(text).digest('hex');

  beforeAll(async () => {
    tdb = await openTestDatabase();
    const config = { ...loadConfig({ LOG_LEVEL: 'silent', GONGZHI_DATA_DIR: tdb.dataDir, GONGZHI_DEMO_PASSWORD: 'jcs-check-password' }), webDist: '/nonexistent' };
    await ensureDemo(tdb.database, TEST_SECRET, config);
  }, 600_000);
  afterAll(async () => {
    await tdb?.cleanup();
  });

  it('every audit event: our text equals JCS, and SHA-256(prev ‖ JCS) is its stored hash', async () => {
    const rows = await tdb.database.db.selectFrom('audit_events').selectAll().orderBy('chain').orderBy('seq').execute();
    expect(rows.length).toBeGreaterThan(5000);
    let differ = 0;
    let prev = '';
    let chain = '';
    for (const r of rows) {
      if (r.chain !== chain) [chain, prev] = [r.chain, GENESIS];
      const jcs = canonicalize(entryOf(r));
      if (jcs !== canonicalJson(entryOf(r)) || sha(prev, jcs!) !== r.hash) differ++;
      prev = r.hash;
    }
    expect(differ).toBe(0);
  });

  it('every consultation ballot-chain entry: the same', async () => {
    const rows = await tdb.database.db.selectFrom('consultation_entries').selectAll().orderBy('consultation_id').orderBy('seq').execute();
    expect(rows.length).toBeGreaterThan(100);
    let differ = 0;
    let prev = '';
    let consultation = '';
    for (const e of rows) {
      if (e.consultation_id !== consultation) [consultation, prev] = [e.consultation_id, GENESIS];
      // The hashed fields, as consultations.chain.ts#entryHash names them.
      const entry = {
        consultation_id: e.consultation_id, seq: Number(e.seq), kind: e.kind, ballot_id: e.ballot_id, household_id: e.household_id,
        data: e.data ?? {}, actor_id: e.actor_id, at: e.at,
      };
      const jcs = canonicalize(entry);
      if (jcs !== canonicalJson(entry) || sha(prev, jcs!) !== e.hash) differ++;
      prev = e.hash;
    }
    expect(differ).toBe(0);
  });
});
