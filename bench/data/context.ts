import { entryOf } from '../../server/core/audit/audit';
import crypto from 'node:crypto';
import { canonicalJson, chainHash, GENESIS } from '../../server/core/audit/canonical';
import type { Secrets } from '../../server/core/pii';
import { prng, type Rng } from '../../server/demo/people';
import type { Sink } from './sink';

export const H = 3600_000;
export const DAY = 24 * H;
export const iso = (ms: number) => new Date(ms).toISOString();

/** One audit event before it is chained: the fields `record()` takes, with its time. */
export interface Ev {
  at: number;
  actorId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const hex8 = (n: number) => HEX[(n >>> 24) & 255] + HEX[(n >>> 16) & 255] + HEX[(n >>> 8) & 255] + HEX[n & 255];
const hex4 = (n: number) => HEX[(n >>> 8) & 255] + HEX[n & 255];

/**
 * UUIDv7 ids made from the row's own time and the seeded generator, so the same seed gives the same
 * ids and the ids sort by time as the app's do. Tens of millions are made: no string padding here.
 */
export function idMaker(rng: Rng) {
  const r32 = () => (rng.next() * 4294967296) >>> 0;
  let lastMs = -1;
  let prefix = '';
  return (ms: number): string => {
    const t = Math.floor(ms);
    if (t !== lastMs) {
      const hi = Math.floor(t / 65536);
      prefix = `${hex8(hi)}-${hex4(t & 0xffff)}-7`;
      lastMs = t;
    }
    const a = r32();
    return `${prefix}${hex4(a & 0xfff).slice(1)}-${hex4(0x8000 | ((a >>> 12) & 0x3fff))}-${hex8(r32())}${hex4(r32())}`;
  };
}

/** A seeded generator per (seed, stream): each community draws from its own, so one community's shape never shifts another's. */
export function rngFor(seed: number, stream: number): Rng {
  return prng((Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(stream + 1, 0xc2b2ae35)) >>> 0);
}

const q = JSON.stringify;

/**
 * One hash chain (a community's, or the platform's), written exactly as `recordMany()` writes it:
 * seq from 1, h = SHA-256(prev ‖ canonical entry), the entry shape `verifyChains()` rebuilds.
 * Events are put in time order first, so the chain reads like the history it records.
 *
 * The canonical text of the entry is put together here with its keys already in order (the
 * payloads still go through the app's canonicalJson), because sorting eleven keys for each of ten
 * million events is most of the generator's time. Every 500th event, and the first 20 of each
 * chain, is also hashed with the app's own chainHash(entryOf(row)) and must agree.
 */
export class ChainWriter {
  seq = 0;
  head = GENESIS;
  constructor(readonly chain: string, readonly communityId: string | null) {}

  write(sink: Sink, events: Ev[], id: (ms: number) => string): void {
    events.sort((a, b) => a.at - b.at);
    const chainText = q(this.chain);
    const communityText = q(this.communityId);
    for (const e of events) {
      const before = e.before === undefined || e.before === null ? null : canonicalJson(e.before);
      const after = e.after === undefined || e.after === null ? null : canonicalJson(e.after);
      const seq = ++this.seq;
      const rowId = id(e.at);
      const createdAt = iso(e.at);
      const text = `{"action":${q(e.action)},"actor_id":${q(e.actorId)},"after":${after ?? 'null'},"before":${before ?? 'null'},"chain":${chainText},`
        + `"community_id":${communityText},"created_at":${q(createdAt)},"entity_id":${q(e.entityId)},"entity_type":${q(e.entityType)},"id":${q(rowId)},"seq":${seq}}`;
      const hash = crypto.createHash('sha256').update(this.head).update(text).digest('hex');
      const row = {
        id: rowId, chain: this.chain, community_id: this.communityId, seq, actor_id: e.actorId, entity_type: e.entityType, entity_id: e.entityId,
        action: e.action, before, after, created_at: createdAt, prev_hash: this.head, hash,
      };
      if (seq <= 20 || seq % 500 === 0) {
        const check = chainHash(this.head, entryOf({ ...row, before: e.before ?? null, after: e.after ?? null }));
        if (check !== hash) throw new Error(`audit event ${this.chain}#${seq} (${e.action}): the fast canonical text differs from the app's`);
      }
      sink.add('audit_events', row);
      this.head = hash;
    }
  }
}

/** What every part of one community's generation shares. */
export interface Ctx {
  sink: Sink;
  rng: Rng;
  id: (ms: number) => string;
  secrets: Secrets;
  passwordHash: string;
  /** The community's audit events, chained when the community is done. */
  events: Ev[];
  /** Account creations go to the platform chain. */
  platform: Ev[];
  /** First day of the simulated years, and the moment the data stops (ms). */
  start: number;
  until: number;
  /** 1-based, for logins and phone ranges. */
  no: number;
  communityId: string;
}
