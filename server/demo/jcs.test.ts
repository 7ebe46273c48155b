import crypto from 'node:crypto';
import canonicalize from 'canonicalize';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryOf } from '../core/audit/audit';
import { canonicalJson, GENESIS } from '../core/audit/canonical';
import { loadConfig } from '../core/config';
import { openTestDatabase, type TestDatabase } from '../testing/database';
import { TEST_SECRET } from '../testing/harness';
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
  /** Rows in chain order: how many have our text ≠ JCS, or a stored hash ≠ SHA-256(prev ‖ JCS). */
  function differing<R extends { hash: string }>(
    rows: R[],
    chainOf: (r: R) => string,
    entry: (r: R) => unknown,
  ): number {
    let differ = 0;
    let prev = GENESIS;
    let chain = '';
    for (const r of rows) {
      if (chainOf(r) !== chain) [chain, prev] = [chainOf(r), GENESIS];
      const jcs = canonicalize(entry(r));
      if (jcs !== canonicalJson(entry(r)) || sha(prev, jcs!) !== r.hash) differ++;
      prev = r.hash;
    }
    return differ;
  }

  beforeAll(async () => {
    tdb = await openTestDatabase();
    const config = {
      ...loadConfig({
        LOG_LEVEL: 'silent',
        GONGZHI_DATA_DIR: tdb.dataDir,
        GONGZHI_DEMO_PASSWORD: 'jcs-check-password',
      }),
      webDist: '/nonexistent',
    };
    await ensureDemo(tdb.database, TEST_SECRET, config);
  }, 600_000);
  afterAll(async () => {
    await tdb?.cleanup();
  });

  it('every audit event: our text equals JCS, and SHA-256(prev ‖ JCS) is its stored hash', async () => {
    const rows = await tdb.database.db.selectFrom('audit_events').selectAll().orderBy('chain').orderBy('seq').execute();
    expect(rows.length).toBeGreaterThan(5000);
    expect(differing(rows, (r) => r.chain, entryOf)).toBe(0);
  });

  it('every consultation ballot-chain entry: the same', async () => {
    const rows = await tdb.database.db
      .selectFrom('consultation_entries')
      .selectAll()
      .orderBy('consultation_id')
      .orderBy('seq')
      .execute();
    expect(rows.length).toBeGreaterThan(100);
    // The hashed fields, as consultations.chain.ts#entryHash names them.
    const entry = (e: (typeof rows)[number]) => ({
      consultation_id: e.consultation_id,
      seq: Number(e.seq),
      kind: e.kind,
      ballot_id: e.ballot_id,
      household_id: e.household_id,
      data: e.data ?? {},
      actor_id: e.actor_id,
      at: e.at,
    });
    expect(differing(rows, (e) => e.consultation_id, entry)).toBe(0);
  });
});
