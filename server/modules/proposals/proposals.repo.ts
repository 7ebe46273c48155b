import type { Conn } from '../../core/db/kysely';
import './proposals.tables';

export const proposalById = (conn: Conn, communityId: string, id: string) =>
  conn
    .selectFrom('proposals')
    .selectAll()
    .where('community_id', '=', communityId)
    .where('id', '=', id)
    .executeTakeFirst();

export const listProposals = (conn: Conn, communityId: string) =>
  conn
    .selectFrom('proposals')
    .selectAll()
    .where('community_id', '=', communityId)
    .orderBy('status', 'desc')
    .orderBy('created_at', 'desc')
    .limit(500)
    .execute();

export const logsOf = (conn: Conn, ids: string[]) =>
  ids.length
    ? conn
        .selectFrom('proposal_logs')
        .selectAll()
        .where('proposal_id', 'in', ids)
        .orderBy('date')
        .orderBy('created_at')
        .execute()
    : Promise.resolve([]);
