import {
  AliasNode,
  TableNode,
  type KyselyPlugin,
  type OperationNode,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';

/**
 * In-process caches (the actor cache, org's place names) must forget what a write changes. Every
 * statement of the app's Kysely instances passes `WriteWatch`, which tells each cache that registered
 * for a table when an insert, update or delete names it — before the statement runs, so a cache
 * emptied here cannot keep what the write replaces (another app server's writes are bounded by each
 * cache's own TTL instead).
 */
type Kind = 'InsertQueryNode' | 'UpdateQueryNode' | 'DeleteQueryNode';
const watchers: Array<{ tables: Set<string>; onWrite: (table: string, kind: Kind) => void }> = [];

/** Calls `onWrite` for each statement of the app that writes one of `tables`. */
export function watchWrites(tables: string[], onWrite: (table: string, kind: Kind) => void): void {
  watchers.push({ tables: new Set(tables), onWrite });
}

function tableOf(node: OperationNode | undefined): string | undefined {
  if (!node) return undefined;
  if (AliasNode.is(node)) return tableOf(node.node);
  if (TableNode.is(node)) return node.table.identifier.name;
  return undefined;
}

function touchedTables(node: RootOperationNode): string[] {
  switch (node.kind) {
    case 'InsertQueryNode':
      return [tableOf(node.into)].filter(Boolean) as string[];
    case 'UpdateQueryNode':
      return [tableOf(node.table)].filter(Boolean) as string[];
    case 'DeleteQueryNode':
      return node.from.froms.map(tableOf).filter(Boolean) as string[];
    default:
      return [];
  }
}

export class WriteWatch implements KyselyPlugin {
  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    if (node.kind === 'InsertQueryNode' || node.kind === 'UpdateQueryNode' || node.kind === 'DeleteQueryNode')
      for (const t of touchedTables(node)) for (const w of watchers) if (w.tables.has(t)) w.onWrite(t, node.kind);
    return node;
  }
  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return result;
  }
}
