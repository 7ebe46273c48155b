import { maskInText } from '../../core/pii';
import * as repo from './org.repo';
import type { Scope } from './org.scope';

/** Full numbers may sit in stored events (a phone typed into a form); they leave masked. */
const masked = (v: unknown) => (v === null || v === undefined ? null : JSON.parse(maskInText(JSON.stringify(v))));

/** The community's audit trail, newest first, optionally of one entity type or entity. */
export async function auditTrail(s: Scope, f: { entityType?: string; entityId?: string }) {
  const rows = await repo.auditEvents(s.db, s.communityId, f);
  return {
    items: rows.map((r) => ({
      seq: Number(r.seq), action: r.action, entityType: r.entity_type, entityId: r.entity_id, actorName: r.display_name,
      before: masked(r.before), after: masked(r.after), createdAt: r.created_at, hash: r.hash,
    })),
  };
}
