import { sql, type RawBuilder, type SqlBool } from 'kysely';

/**
 * Case-insensitive substring match, the same on both dialects. LIKE wildcards the user types (`%`,
 * `_`) and the escape character itself match literally: the ESCAPE clause is explicit because SQLite
 * has no default escape character and PostgreSQL's is the backslash.
 */
export function contains(col: string, needle: string): RawBuilder<SqlBool> {
  const pattern = '%' + needle.toLowerCase().replace(/[!%_]/g, (m) => '!' + m) + '%';
  return sql<SqlBool>`lower(${sql.ref(col)}) like ${pattern} escape '!'`;
}
