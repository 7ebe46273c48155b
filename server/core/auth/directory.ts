import type { Conn } from '../db/kysely';

/**
 * What sign-in and sessions need from the module that owns people and places (org), which core does not import:
 * org provides it when its plugin registers (server/modules/org/index.ts), before any request is answered.
 */
export interface Directory {
  /** Where a user is a resident, in every community: resident, household, and whether they represent it. */
  residencies(
    conn: Conn,
    userId: string,
  ): Promise<Array<{ communityId: string; residentId: string; householdId: string | null; representative: boolean }>>;
  /** Communities by id, ordered by name. */
  communities(conn: Conn, ids: string[]): Promise<Array<{ id: string; name: string }>>;
}

let provided: Directory | null = null;

/** Called by the org module at registration; the same functions for every app in the process. */
export function provideDirectory(d: Directory): void {
  provided = d;
}

export function directory(): Directory {
  if (!provided)
    throw new Error('No directory: the org module provides it when it registers (server/modules/org/index.ts)');
  return provided;
}
