import { maskInText } from '../../core/pii';
import * as repo from './org.repo';
import { type RequestContext } from '../../core/context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Full numbers may sit in stored events (a phone typed into a form); they leave masked. Ids are left alone. */
function masked(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return UUID.test(v) ? v : maskInText(v);
  if (Array.isArray(v)) return v.map(masked);
  if (typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, masked(x)]));
  return v;
}

/** The community's audit trail, newest first, optionally of one entity type or entity. */
export async function auditTrail(s: RequestContext, f: { entityType?: string; entityId?: string }) {
  const rows = await repo.auditEvents(s.db, s.communityId, f);
  return {
    items: rows.map((r) => ({
      seq: Number(r.seq),
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      actorName: r.display_name,
      before: masked(r.before),
      after: masked(r.after),
      createdAt: r.created_at,
      hash: r.hash,
    })),
  };
}
