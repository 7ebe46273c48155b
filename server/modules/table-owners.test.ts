import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A module reads and writes only its own tables. dependency-cruiser sees imports of another module's
 * `*.tables.ts`, but tables are one global Kysely `DB` interface, so `selectFrom('residents')` in tickets
 * type-checks without importing anything: this reads every module file for Kysely table references
 * (selectFrom, insertInto, updateTable, deleteFrom, joins) and fails on a table another module declares.
 */

const MODULES = path.join(__dirname);
/** Crossings still being paid off; empty since issue #12, keep it so. */
const KNOWN: string[] = [];

function owners(): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of readdirSync(MODULES)) {
    const file = path.join(MODULES, m, `${m}.tables.ts`);
    if (!existsSync(file)) continue;
    const src = readFileSync(file, 'utf8');
    const body = src.slice(src.indexOf('interface DB'));
    for (const [, table] of body.matchAll(/^ {4}([a-z_]+): /gm)) out.set(table, m);
  }
  return out;
}

const REF = /(?:selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin|rightJoin|fullJoin)\(\s*['"]([a-z_]+)/g;

function crossings(own: Map<string, string>): string[] {
  const found = new Set<string>();
  for (const m of readdirSync(MODULES, { withFileTypes: true })) {
    if (!m.isDirectory()) continue;
    for (const f of readdirSync(path.join(MODULES, m.name))) {
      if (!f.endsWith('.ts') || /\.(test|test-helpers)\.ts$/.test(f)) continue;
      const src = readFileSync(path.join(MODULES, m.name, f), 'utf8');
      for (const [, table] of src.matchAll(REF)) {
        const owner = own.get(table);
        if (owner && owner !== m.name) found.add(`${m.name}/${f}: ${table} (${owner})`);
      }
    }
  }
  return [...found].sort();
}

describe('table ownership', () => {
  it('knows the tables of every module (the check is not reading nothing)', () => {
    const own = owners();
    expect(own.get('residents')).toBe('org');
    expect(own.get('tickets')).toBe('tickets');
    expect(own.get('consultation_ballots')).toBe('consultations');
    expect(own.size).toBeGreaterThan(30);
  });

  it("no module reads or writes another module's tables (beyond the known list, which only shrinks)", () => {
    const found = crossings(owners());
    expect(
      found.filter((x) => !KNOWN.includes(x)),
      "ask the owning module's *.service.ts instead (org: org.service.ts)",
    ).toEqual([]);
    // A fixed one must leave the list, so it cannot come back unnoticed.
    expect(
      KNOWN.filter((x) => !found.includes(x)),
      'remove these from KNOWN',
    ).toEqual([]);
  });

  it('would catch a crossing', () => {
    expect("conn.selectFrom('residents as r')".matchAll(REF).next().value?.[1]).toBe('residents');
  });
});
