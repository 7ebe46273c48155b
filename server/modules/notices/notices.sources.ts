import crypto from 'node:crypto';
import type { Conn } from '../../core/db/kysely';

/**
 * What a module can announce: its manifest's `noticeSources` (installModules registers them here). `snapshot` reads
 * the record in the module's own tables and answers its PUBLIC fields only (names masked or left out), with a
 * `title`; null when the record is not in this community or has nothing to announce yet (a consultation still open).
 */
export interface NoticeSource {
  labelZh: string;
  labelEn: string;
  snapshot(conn: Conn, communityId: string, id: string): Promise<NoticeSnapshot | null>;
}
export type NoticeSnapshot = { title: string } & Record<string, unknown>;

const sources = new Map<string, NoticeSource>();

export function registerNoticeSource(type: string, source: NoticeSource): void {
  if (sources.has(type)) throw new Error(`Notice source ${type} registered twice`);
  sources.set(type, source);
}

export function noticeSource(type: string): NoticeSource | undefined {
  return sources.get(type);
}

export function noticeSourceTypes(): string[] {
  return [...sources.keys()];
}

/** JSON with object keys sorted at every level and undefined left out: the same data always gives the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalise(value));
}

function normalise(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return v.map(normalise);
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v as object).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) out[k] = normalise(x);
    }
    return out;
  }
  return v;
}

/** The snapshot as stored: the canonical form parsed back (no undefined, no Date), so stored and recomputed agree. */
export const canonical = (v: Record<string, unknown>) => JSON.parse(canonicalJson(v)) as Record<string, unknown>;

export const snapshotHash = (v: unknown) => crypto.createHash('sha256').update(canonicalJson(v)).digest('hex');

const MAX_CHANGES = 50;

/** The leaves that differ between two snapshots, as dotted paths (`result.questions.0.counts.yes`), at most 50. */
export function diffSnapshots(
  before: unknown,
  after: unknown,
): Array<{ path: string; before: unknown; after: unknown }> {
  const a = flatten(normalise(before));
  const b = flatten(normalise(after));
  const out: Array<{ path: string; before: unknown; after: unknown }> = [];
  for (const path of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const x = a.get(path);
    const y = b.get(path);
    if (JSON.stringify(x) !== JSON.stringify(y)) out.push({ path, before: x ?? null, after: y ?? null });
    if (out.length >= MAX_CHANGES) break;
  }
  return out;
}

function flatten(v: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (v !== null && typeof v === 'object') {
    const entries = Array.isArray(v) ? v.map((x, i) => [String(i), x] as const) : Object.entries(v);
    if (entries.length === 0) out.set(prefix, v);
    for (const [k, x] of entries) flatten(x, prefix ? `${prefix}.${k}` : k, out);
  } else out.set(prefix, v);
  return out;
}
