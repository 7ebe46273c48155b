import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskInText, phoneIn } from '../core/pii';
import { createTestApp, type TestApp } from '../testing/harness';
import { TEST_DIALECT } from '../testing/database';
import { jpegWithExif, multipart, report } from '../modules/tickets/tickets.test-helpers';
import { expectEvery } from '../testing/expect-every';

/**
 * Personal data around the masks (issue 11, items 1, 2, 4 and the log half of 11): a phone search
 * must not unmask a number digit by digit, lists must not show what rebuilds an ID number, answers
 * must not sit in caches, and numbers written in other forms are masked wherever masking applies.
 */
let t: TestApp;
const lines: string[] = [];
beforeAll(async () => {
  const stream = new Writable({
    write(chunk, _e, cb) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      cb();
    },
  });
  t = await createTestApp({ logStream: stream });
});
afterAll(async () => {
  await t?.close();
});

const A = () => `/api/communities/${t.fx.A.id}`;
/** Fixture phones are 1380000NNNN; resident1's is the one we try to unmask. */
const phoneOf = async (login: string) =>
  (await t.db.selectFrom('users').select('phone').where('login', '=', login).executeTakeFirstOrThrow()).phone!;
const READERS = ['leader1', 'property', 'committee1', 'secretary', 'specialist'];
const search = async (as: string, q: string) => {
  const res = await t.req({ method: 'GET', url: `${A()}/residents?pageSize=100&q=${encodeURIComponent(q)}`, as });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as Array<Record<string, any>>;
};
const lookups = async () =>
  Number(
    (
      await t.db
        .selectFrom('audit_events')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('action', '=', 'residents.phone_lookup')
        .executeTakeFirstOrThrow()
    ).n,
  );

describe(`phone search is no oracle (${TEST_DIALECT})`, () => {
  it('roles without the reveal right match no phone digits: not a prefix, not the full number', async () => {
    const phone = await phoneOf('resident1');
    for (const as of READERS) {
      // The attack: each prefix that still matches gives one more digit (34 requests unmask a number).
      expect(await search(as, phone.slice(0, 7)), as).toHaveLength(0);
      expect(await search(as, phone.slice(-4)), as).toHaveLength(0);
      expect(await search(as, phone), as).toHaveLength(0);
      expect(await search(as, `+86 ${phone.slice(0, 3)}-${phone.slice(3, 7)}-${phone.slice(7)}`), as).toHaveLength(0);
    }
    // Names still match.
    expect((await search('leader1', '居民resident1')).length).toBeGreaterThan(0);
    expect(await lookups()).toBe(0);
  });

  it('staff find a whole number only, in any written form, and each look-up is an audit event', async () => {
    const phone = await phoneOf('resident1');
    expect(await search('staff', phone.slice(0, 7))).toHaveLength(0);
    const full = await search('staff', phone);
    expect(full.map((r) => r.name)).toEqual(['居民resident1']);
    const fullWidth = [...phone].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    expect((await search('staff', fullWidth)).map((r) => r.name)).toEqual(['居民resident1']);
    expect(await lookups()).toBe(2);
    const ev = await t.db
      .selectFrom('audit_events')
      .select(['after', 'actor_id'])
      .where('action', '=', 'residents.phone_lookup')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(ev.after)).not.toContain(phone);
    expect(ev.actor_id).toBe(t.fx.users.staff);
  });

  it('the accounts list matches no phone digits, nor a phone used as a login', async () => {
    const phone = await phoneOf('resident1');
    await t.db.updateTable('users').set({ login: phone }).where('login', '=', 'resident1b').execute();
    try {
      const res = await t.req({
        method: 'GET',
        url: `${A()}/accounts?pageSize=100&q=${phone.slice(0, 8)}`,
        as: 'staff',
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().items).toHaveLength(0);
      const whole = await t.req({ method: 'GET', url: `${A()}/accounts?pageSize=100&q=${phone}`, as: 'staff' });
      expect(whole.json().items.length).toBeGreaterThan(0);
      expect(
        await t.db
          .selectFrom('audit_events')
          .select('id')
          .where('action', '=', 'accounts.phone_lookup')
          .executeTakeFirst(),
      ).toBeDefined();
    } finally {
      await t.db.updateTable('users').set({ login: 'resident1b' }).where('login', '=', phone).execute();
    }
  });
});

describe(`ID numbers do not rebuild from lists (${TEST_DIALECT})`, () => {
  it('without the reveal right: age, no birth date, the last 4 ID characters only — in lists, details and households', async () => {
    for (const as of ['leader1', 'committee1', 'secretary', 'specialist']) {
      const items = await search(as, '居民');
      expect(items.length, as).toBeGreaterThan(1);
      for (const r of items) {
        expect(r.birthDate, as).toBeNull();
        expect(r.age, as).toBe(66);
        expect(r.idNumber, as).toMatch(/^\*{14}[\dX]{4}$/);
      }
      const one = (await t.req({ method: 'GET', url: `${A()}/residents/${t.fx.residents.resident1}`, as })).json();
      expect([one.birthDate, one.idNumber.slice(0, 14)]).toEqual([null, '*'.repeat(14)]);
      const h = (await t.req({ method: 'GET', url: `${A()}/households/${t.fx.A.households[0]}`, as })).json();
      expect(h.residents.length).toBeGreaterThan(0);
      expectEvery(h.residents, (r: any) => r.birthDate === null && /^\*{14}/.test(r.idNumber));
    }
    const staff = await search('staff', '居民');
    expectEvery(staff, (r) => r.birthDate === '1960-05-01' && /^\*{14}[\dX]{4}$/.test(r.idNumber));
  });

  it('the residents workbook: birth year and last 4 without the reveal right; full numbers only for staff who give a reason', async () => {
    const sheet = async (as: string, query = '') => {
      const res = await t.req({ method: 'GET', url: `${A()}/rosters/residents.xlsx${query}`, as });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as any);
      const rows: string[][] = [];
      wb.getWorksheet('居民')!.eachRow((row) =>
        rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))),
      );
      return rows.slice(1);
    };
    const exports = async () =>
      Number(
        (
          await t.db
            .selectFrom('audit_events')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('action', '=', 'residents.export')
            .executeTakeFirstOrThrow()
        ).n,
      );
    for (const as of ['committee1', 'leader1']) {
      const rows = await sheet(as, '?reason=checking');
      expect(rows.length).toBeGreaterThan(1);
      for (const r of rows) {
        expect(r[5]).toMatch(/^(\d{4})?$/);
        expect(r[7]).toMatch(/^(\*{14}[\dX]{4})?$/);
        expect(r[6]).not.toMatch(/\d{11}/);
      }
    }
    const masked = await sheet('staff');
    expectEvery(masked, (r) => !/\d{11}/.test(r[6]) && /^(\*{14}[\dX]{4})?$/.test(r[7]));
    expect(await exports()).toBe(0);
    const full = await sheet('staff', `?reason=${encodeURIComponent('核对台账')}`);
    expect(full.some((r) => /^\d{17}[\dX]$/.test(r[7]))).toBe(true);
    const ev = await t.db
      .selectFrom('audit_events')
      .select('after')
      .where('action', '=', 'residents.export')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(ev.after)).toContain('核对台账');
  });
});

describe(`residents' records by need (${TEST_DIALECT})`, () => {
  it('building leaders and the property specialist read their grid only, a property manager none; the committee all', async () => {
    const names = async (as: string) => (await search(as, '居民')).map((r) => r.name).sort();
    const grid1 = ['居民resident1', '居民resident1b', '居民resident2'];
    expect(await names('committee1')).toEqual([...grid1, '居民resident3']);
    expect(await names('leader1')).toEqual(grid1);
    expect(await names('specialist')).toEqual(grid1);
    expect(await names('leader2')).toEqual(['居民resident3']);
    expect(await names('property')).toEqual([]);
    const other = `${A()}/residents/${t.fx.residents.resident3}`;
    expect((await t.req({ method: 'GET', url: other, as: 'leader1' })).statusCode).toBe(404);
    expect((await t.req({ method: 'GET', url: other, as: 'leader2' })).statusCode).toBe(200);
    expect(
      (await t.req({ method: 'GET', url: `${A()}/households/${t.fx.A.households[7]}`, as: 'leader1' })).json()
        .residents,
    ).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await t.req({ method: 'GET', url: `${A()}/rosters/residents.xlsx`, as: 'leader1' })).rawPayload as any,
    );
    const exported: string[] = [];
    wb.getWorksheet('居民')!.eachRow((row, i) => {
      if (i > 1) exported.push(String(row.getCell(4).value));
    });
    expect(exported.sort()).toEqual(grid1);
  });
});

describe(`no cache keeps personal data (${TEST_DIALECT})`, () => {
  it('every /api answer says no-store: lists, details, reveals, errors, the signed-in user', async () => {
    const urls = [
      `${A()}/residents`,
      `${A()}/residents/${t.fx.residents.resident1}`,
      `${A()}/accounts`,
      '/api/me',
      `${A()}/households/${t.fx.A.households[0]}`,
    ];
    for (const url of urls) {
      const res = await t.req({ method: 'GET', url, as: 'staff' });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
    const reveal = await t.req({
      method: 'POST',
      url: `${A()}/residents/${t.fx.residents.resident1}/reveal`,
      as: 'staff',
      payload: { field: 'phone', reason: '回访' },
    });
    expect(reveal.statusCode).toBe(200);
    expect(reveal.headers['cache-control']).toBe('no-store');
    const denied = await t.req({ method: 'GET', url: `${A()}/residents` });
    expect([denied.statusCode, denied.headers['cache-control']]).toEqual([401, 'no-store']);
  });
});

describe(`numbers in other written forms are masked (${TEST_DIALECT})`, () => {
  const phone = '17098141278';
  const forms = [
    phone,
    '+86 170-9814-1278',
    '+8617098141278',
    '0086 170 9814 1278',
    '170 9814 1278',
    '１７０９８１４１２７８',
    '+86-１７０-９８１４-１２７８',
  ];

  it('maskInText and phoneIn know every form', () => {
    for (const f of forms) {
      expect(maskInText(`电话 ${f} 联系`), f).toBe('电话 170****1278 联系');
      expect(phoneIn(f), f).toBe(phone);
    }
    expect(maskInText('身份证 3101 1719 6005 0112 3X')).toBe('身份证 3101**********123X');
    // What must stay: dates, times, household codes, short numbers.
    for (const keep of ['2024-01-02 13:45', '1-3-201', '第 12 栋 302 室', '报修 3 次'])
      expect(maskInText(keep)).toBe(keep);
    expect(phoneIn('1709814')).toBeNull();
  });

  it('the public board shows none of them', async () => {
    for (const [i, f] of forms.entries())
      await report(t, 'resident1', { title: `楼道灯坏了 ${f}`, area: `${i}号 ${f}` });
    const res = await t.req({ method: 'GET', url: `${A()}/tickets/board?estateId=${t.fx.A.estates[0]}` });
    expect(res.statusCode).toBe(200);
    const text = res
      .json()
      .items.map((i: any) => `${i.title} ${i.area}`)
      .join('\n');
    expect(res.json().items.length).toBeGreaterThanOrEqual(forms.length);
    expect(text.replace(/\D/g, ' ')).not.toMatch(/(\d[ -]?){11}/);
    expect(text).not.toMatch(/[\uFF10-\uFF19]{4}/);
  });

  it('logs: no number in any written form in a URL, and no one-time join code', async () => {
    lines.length = 0;
    for (const f of forms)
      await t.req({ method: 'GET', url: `${A()}/residents?q=${encodeURIComponent(f)}`, as: 'leader1' });
    for (const f of ['+86 170-9814-1278', '170 9814 1278'])
      await t.app.inject({ method: 'GET', url: `/api/nothing/${f}` });
    await t.app.inject({ method: 'GET', url: '/h5/join?code=K7M2X9PQ' });
    await t.app.inject({ method: 'GET', url: '/h5/join?from=qr&code=K7M2X9PQ' });
    expect(lines.length).toBeGreaterThan(forms.length);
    const all = lines.join('\n');
    expect(all).toContain('code=[redacted]');
    expect(all).not.toContain('K7M2X9PQ');
    const decoded = lines
      .map((l) => {
        try {
          return decodeURIComponent(JSON.parse(l).req?.url ?? '');
        } catch {
          return '';
        }
      })
      .join('\n');
    expect(decoded.replace(/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}/gi, '').replace(/\D/g, ' ')).not.toMatch(
      /(\d[ -]?){11}/,
    );
    expect(decoded).not.toMatch(/[\uFF10-\uFF19]{4}/);
  });
});

describe(`同问 does not open another household's ticket (${TEST_DIALECT})`, () => {
  it('a supporter sees what the board shows plus state changes: no description, timeline text, names or photos; support can be withdrawn', async () => {
    const data = {
      title: '楼道漏水 13912345678',
      description: '302 室张阿姨家天花板漏水，联系 13912345678',
      locationKind: 'building',
      buildingId: t.fx.A.buildings[0],
    };
    const mp = multipart(data, [{ body: await jpegWithExif() }]);
    const filed = await t.req({
      method: 'POST',
      url: `${A()}/tickets`,
      as: 'resident1',
      payload: mp.payload,
      headers: mp.headers,
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const id = filed.json().id as string;
    await t.req({
      method: 'POST',
      url: `${A()}/tickets/${id}/comments`,
      as: 'staff',
      payload: { message: '已联系张阿姨，明天上门' },
    });
    expect(
      (
        await t.req({
          method: 'POST',
          url: `${A()}/tickets/${id}/transition`,
          as: 'staff',
          payload: { to: 'accepted' },
        })
      ).statusCode,
    ).toBe(200);
    const owner = (await t.req({ method: 'GET', url: `${A()}/tickets/${id}`, as: 'resident1' })).json();
    expect(owner.photos).toHaveLength(1);
    const photoUrl = owner.photos[0].url as string;

    expect((await t.req({ method: 'GET', url: `${A()}/tickets/${id}`, as: 'resident3' })).statusCode).toBe(404);
    expect((await t.req({ method: 'POST', url: `${A()}/tickets/${id}/support`, as: 'resident3' })).statusCode).toBe(
      200,
    );
    const seen = await t.req({ method: 'GET', url: `${A()}/tickets/${id}`, as: 'resident3' });
    expect(seen.statusCode).toBe(200);
    const d = seen.json();
    expect(d.description).toBeNull();
    expect([d.photos, d.helpers, d.links, d.reporterName, d.reporterPhone]).toEqual([[], [], [], null, null]);
    expect(d.title).toBe('楼道漏水 139****5678');
    expect(d.timeline.length).toBeGreaterThan(0);
    expectEvery(
      d.timeline,
      (e: any) => e.toState !== null && e.message === null && e.actorName === null && e.data === null,
    );
    expect(d.timeline.map((e: any) => e.toState)).toContain('accepted');
    expect(seen.body).not.toContain('张阿姨');
    expect(seen.body).not.toContain('13912345678');
    expect((await t.req({ method: 'GET', url: photoUrl, as: 'resident3' })).statusCode).toBe(404);
    const list = (await t.req({ method: 'GET', url: `${A()}/tickets?scope=supported`, as: 'resident3' })).json();
    expect(list.items.map((i: any) => i.id)).toContain(id);
    expect(JSON.stringify(list.items)).not.toMatch(/13912345678|居民resident1|居\*/);
    // The reporter and handlers still see everything.
    expect((await t.req({ method: 'GET', url: `${A()}/tickets/${id}`, as: 'staff' })).json().description).toContain(
      '张阿姨',
    );

    const back = await t.req({ method: 'POST', url: `${A()}/tickets/${id}/support/withdraw`, as: 'resident3' });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json().supportCount).toBe(0);
    expect((await t.req({ method: 'GET', url: `${A()}/tickets/${id}`, as: 'resident3' })).statusCode).toBe(404);
    expect(
      (await t.req({ method: 'POST', url: `${A()}/tickets/${id}/support/withdraw`, as: 'resident3' })).statusCode,
    ).toBe(404);
    expect(
      await t.db
        .selectFrom('audit_events')
        .select('id')
        .where('action', '=', 'ticket.support_withdraw')
        .executeTakeFirst(),
    ).toBeDefined();
  });
});
