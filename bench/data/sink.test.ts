import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, TEST_DIALECT, type TestDatabase } from '../../server/testing/database';
import { copyEncoder, PgSink } from './sink';

describe('COPY text encoder', () => {
  it('writes NULL as \\N and escapes what would end a field or a row', () => {
    const text = copyEncoder('text');
    expect(text(null)).toBe('\\N');
    expect(text(undefined)).toBe('\\N');
    expect(text('\\N')).toBe('\\\\N');
    expect(text('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
    expect(text('plain "quoted" 共治 🏠')).toBe('plain "quoted" 共治 🏠');
  });

  it('writes booleans as t/f, numbers without exponents, dates as ISO, arrays as quoted literals', () => {
    expect(copyEncoder('bool')(true)).toBe('t');
    expect(copyEncoder('bool')(false)).toBe('f');
    expect(copyEncoder('int8')(2 ** 53)).toBe('9007199254740992');
    expect(copyEncoder('numeric')(1e21)).toBe('1000000000000000000000');
    expect(copyEncoder('int8')(12345678901234567890n)).toBe('12345678901234567890');
    expect(copyEncoder('timestamptz')(new Date(Date.UTC(2026, 10, 28, 1, 2, 3, 4)))).toBe('2026-11-28T01:02:03.004Z');
    // {"a,b",NULL,"q\"\\"} as PostgreSQL reads it, then its backslashes doubled for COPY.
    expect(copyEncoder('_text')(['a,b', null, 'q"\\'])).toBe('{"a,b",NULL,"q\\\\"\\\\\\\\"}');
    expect(copyEncoder('jsonb')({ a: 'x\ty' })).toBe('{"a":"x\\\\ty"}');
  });
});

/** Values that break naive encoders; each row goes in by COPY and must come back exactly. */
const AWKWARD = [
  { id: 1, t: null, b: null, n: null, j: null, ts: null, arr: null },
  { id: 2, t: 'tab\there', b: true, n: 9007199254740991, j: '{"s":"line\\nbreak \\"quoted\\" back\\\\slash","nested":{"k":["\\t",null,1.5]}}', ts: '2026-11-28T01:02:03.004Z', arr: ['x', null, 'a,b', '{}', 'q"', 'b\\s', ''] },
  { id: 3, t: 'new\nline\r\nand \\N and \\. and \\', b: false, n: -9007199254740991, j: '"just a string"', ts: '2000-01-01T00:00:00.000Z', arr: [] },
  { id: 4, t: '共治 小区 🏠👩‍👩‍👧 𠀀 "quotes" \'single\'', b: true, n: 0, j: '[true,false,null,"共治🏠"]', ts: '1999-12-31T23:59:59.999Z', arr: ['共治', '🏠', 'NULL'] },
  { id: 5, t: '', b: false, n: 1, j: '{}', ts: '2026-01-01T00:00:00.000Z', arr: [null] },
  { id: 6, t: '\\', b: true, n: 123456789012, j: '{"deep":{"deeper":{"deepest":"unicode \\u00e9 \\\\ \\" \\t"}}}', ts: '2026-06-30T12:00:00.000Z', arr: ['\t\n\r'] },
];

describe.skipIf(TEST_DIALECT !== 'postgres')('PgSink (COPY) round trip', () => {
  let t: TestDatabase;
  let c: pg.Client;
  beforeAll(async () => {
    t = await openTestDatabase({ migrate: false });
    c = new pg.Client({ connectionString: t.url });
    await c.connect();
    await c.query(`create table awkward (id int4 primary key, t text, b bool, n int8, j jsonb, ts timestamptz, arr text[], d text default 'kept')`);
    await c.query(`create table wide (id int4, note varchar(40))`);
  });
  afterAll(async () => {
    await c?.end();
    await t?.cleanup();
  });

  it('brings every awkward value back exactly, over both connections, and leaves left-out columns to their default', async () => {
    const sink = new PgSink(t.url!, 2);
    await sink.open();
    try {
      for (const row of AWKWARD) sink.add('awkward', row as never);
      // Enough rows for several COPY batches, spread over both connections.
      for (let i = 0; i < 9000; i++) sink.add('wide', { id: i, note: i % 7 === 0 ? null : `n\t${i}\\` });
      await sink.flush();
    } finally {
      await sink.close();
    }
    const { rows } = await c.query(`select id, t, b, n::text as n, j::text as j, to_json(ts)#>>'{}' as ts, arr, d from awkward order by id`);
    expect(rows).toHaveLength(AWKWARD.length);
    for (const [i, r] of rows.entries()) {
      const want = AWKWARD[i];
      expect(r.t).toBe(want.t);
      expect(r.b).toBe(want.b);
      expect(r.n).toBe(want.n === null ? null : String(want.n));
      expect(r.j === null ? null : JSON.parse(r.j)).toEqual(want.j === null ? null : JSON.parse(want.j));
      expect(r.ts === null ? null : new Date(r.ts).toISOString()).toBe(want.ts);
      expect(r.arr).toEqual(want.arr);
      expect(r.d).toBe('kept');
    }
    const wide = await c.query(`select count(*)::int as n, count(note)::int as notes, sum(id)::int8::text as ids, bool_and(note = E'n\\t' || id || E'\\\\') as exact from wide`);
    expect(wide.rows[0]).toEqual({ n: 9000, notes: 9000 - Math.ceil(9000 / 7), ids: String((8999 * 9000) / 2), exact: true });
  });

  it('reports a value PostgreSQL refuses, naming the table', async () => {
    const sink = new PgSink(t.url!, 1);
    await sink.open();
    try {
      sink.add('wide', { id: 1, note: 'x'.repeat(41) });
      await expect(sink.flush()).rejects.toThrow(/copy into wide: .*character varying\(40\)/);
    } finally {
      await sink.close();
    }
  });
});
