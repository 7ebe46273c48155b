import type { Conn } from '../../core/db/kysely';

/** What another module tells tickets about one of its records, to show on the ticket. */
export interface LinkTarget {
  labelZh: string;
  /** The record's title if it exists in this community, otherwise null (the link is refused). */
  describe(conn: Conn, communityId: string, id: string): Promise<{ title: string } | null>;
  /** Where the record is in the console (e.g. `/work-orders/<id>`), for pages that point at it (a topic's evidence). */
  path?(id: string): string;
}

const targets = new Map<string, LinkTarget>();

/**
 * Escalation targets register here as their modules come to exist, through `linkTargets` in their manifest
 * (installModules calls this): 'topic', 'consultation'; later 'work_order', 'referral', 'proposal'. A ticket can be
 * linked only to a registered type; the link is stored once and read from both sides
 * (tickets.service `ticketsLinkedTo` for the other module's page).
 */
export function registerLinkTarget(type: string, target: LinkTarget): void {
  if (targets.has(type)) throw new Error(`Link target ${type} registered twice`);
  targets.set(type, target);
}

export function linkTarget(type: string): LinkTarget | undefined {
  return targets.get(type);
}
