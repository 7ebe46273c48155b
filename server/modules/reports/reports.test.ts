import crypto from 'node:crypto';
import mammoth from 'mammoth';
import readXlsxFile, { readSheetNames } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { listVerifiers } from '../../core/verify';
import { useTestApp } from '../../testing/harness';
import { REPORT_SECTION_LABELS, REPORT_SECTIONS } from '../../../contract/reports';

/**
 * Ledgers and monthly reports, read back with packages the server does not use to write them: read-excel-file
 * (not exceljs) for every .xlsx, mammoth for the .docx.
 */
const t = useTestApp();
const api = (p: string, community: 'A' | 'B' = 'A') => `/api/communities/${t.fx[community].id}${p}`;
const iso = (ms: number) => new Date(ms).toISOString();
const month = () => new Date(t.clock.now() + 8 * 3600_000).toISOString().slice(0, 7);
const COMMUNITY_A = '砖桥居民区';
const INJECTION = '=HYPERLINK("http://evil","点我")';

async function ok(p: Promise<{ statusCode: number; body: string; json(): any }>, status = 200) {
  const res = await p;
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}
const get = (url: string, as = 'staff') => t.req({ method: 'GET', url, as });
const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');
/** Canonical JSON written again here (keys sorted at every level), so the stored hash is checked independently. */
function canon(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(canon).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .sort()
    .filter((k) => o[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canon(o[k])}`)
    .join(',')}}`;
}

/** This month's records in community A: a meeting with attendance, a ticket whose title is a formula, an activity. */
async function seedMonth() {
  const now = t.clock.now();
  const meeting = await ok(
    t.req({
      method: 'POST',
      url: api('/meetings'),
      as: 'staff',
      payload: { kind: 'monthly', title: '十二月月例会', scheduledAt: iso(now + 60_000), agenda: [] },
    }),
    201,
  );
  await ok(
    t.req({
      method: 'PUT',
      url: api(`/meetings/${meeting.id}/attendance`),
      as: 'staff',
      payload: {
        items: [
          { party: 'party_branch', expected: 5, present: 5 },
          { party: 'committee', expected: 7, present: 6 },
        ],
      },
    }),
  );
  await ok(
    t.req({
      method: 'POST',
      url: api('/tickets'),
      as: 'resident1',
      payload: {
        title: INJECTION,
        description: '楼道灯不亮',
        locationKind: 'building',
        buildingId: t.fx.A.buildings[0],
      },
    }),
    201,
  );
}

async function sheets(buf: Buffer) {
  const names = await readSheetNames(buf);
  const out: Record<string, unknown[][]> = {};
  for (const n of names) out[n] = await readXlsxFile(buf, { sheet: n });
  return { names, out };
}

describe('ledgers (台账)', () => {
  it("lists every module's ledgers to staff, and only the ones a role holds the right to", async () => {
    const staff = (await ok(get(api('/ledgers')))).ledgers.map((l: { key: string }) => l.key);
    for (const key of [
      'households',
      'residents',
      'tickets',
      'meetings',
      'topics',
      'consultations',
      'evaluations',
      'workorders',
      'fund_entries',
      'duty_roster',
      'projects',
      'donations',
      'activities',
      'volunteer_hours',
      'parking',
      'notices',
      'referrals',
      'proposals',
    ])
      expect(staff).toContain(key);
    const property = (await ok(get(api('/ledgers'), 'property'))).ledgers.map((l: { key: string }) => l.key);
    expect(property).toContain('duty_roster');
    expect(property).toContain('workorders');
    expect(property).not.toContain('meetings');
    expect(property).not.toContain('residents');
    expect((await get(api('/ledgers'), 'resident1')).statusCode).toBe(403);
    expect((await get(api('/ledgers'), 'staffB')).statusCode).toBe(404);
    // A ledger the role has no right to: refused, not an empty file.
    expect((await get(api('/ledgers/meetings/export.xlsx'), 'property')).json().error.code).toBe('forbidden');
  });

  it('exports every ledger with a cover sheet and its standard columns, read back by another package', async () => {
    await seedMonth();
    const list = (await ok(get(api('/ledgers')))).ledgers as Array<{ key: string; titleZh: string; columns: string[] }>;
    expect(list.length).toBeGreaterThanOrEqual(18);
    for (const l of list) {
      const res = await get(api(`/ledgers/${l.key}/export.xlsx?from=${month()}&to=${month()}`));
      expect(res.statusCode, `${l.key}: ${res.body}`).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const { names, out } = await sheets(res.rawPayload);
      expect(names, l.key).toEqual(['封面', l.titleZh.slice(0, 31)]);
      const cover = Object.fromEntries(out['封面'].slice(1).map((r) => [r[0], r[1]]));
      expect(cover['台账']).toBe(l.titleZh);
      expect(cover['居民区']).toBe(COMMUNITY_A);
      expect(cover['期间']).toBe(month());
      expect(cover['生成人']).toBe('staff');
      expect(String(cover['生成时间'])).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      const rows = out[names[1]];
      // The header row carries the standard columns (evaluations add one column per rubric item after 物业公司).
      expect(l.columns.length, l.key).toBeGreaterThan(0);
      for (const h of l.columns) expect(rows[0], l.key).toContain(h);
      expect(rows.length - 1, l.key).toBe(Number(cover['行数']));
    }
  });

  it('keeps a formula payload as text, masks names and phones', async () => {
    await seedMonth();
    const { out } = await sheets((await get(api(`/ledgers/tickets/export.xlsx?to=${month()}`))).rawPayload);
    const rows = out['民呼我应台账'];
    expect(rows.length).toBeGreaterThan(1);
    const titles = rows.slice(1).map((r) => r[1]);
    expect(titles).toContain(`'${INJECTION}`);
    const reporters = rows.slice(1).map((r) => String(r[11] ?? ''));
    expect(reporters.length).toBeGreaterThan(0);
    for (const name of reporters) expect(name).not.toMatch(/^resident/);

    const res = (await sheets((await get(api('/ledgers/residents/export.xlsx'))).rawPayload)).out['居民台账'];
    expect(res.length).toBeGreaterThan(1);
    const phoneCol = res[0].indexOf('手机号');
    expect(phoneCol).toBe(6);
    const phones = res.slice(1).map((r) => String(r[phoneCol] ?? ''));
    expect(phones.length).toBeGreaterThan(0);
    for (const p of phones) expect(p).not.toMatch(/\d{11}/);
  });

  it('answers bad input with a code', async () => {
    const bad = async (url: string, status: number, code: string) => {
      const res = await get(api(url));
      expect(res.statusCode, res.body).toBe(status);
      expect(res.json().error.code).toBe(code);
    };
    await bad('/ledgers/nope/export.xlsx', 404, 'not_found');
    await bad('/ledgers/tickets/export.xlsx?from=2026-05&to=2026-01', 422, 'invalid_period');
    await bad('/ledgers/tickets/export.xlsx?from=2020-01&to=2026-01', 422, 'invalid_period');
    await bad('/ledgers/tickets/export.xlsx?to=2026-13', 400, 'validation_failed');
  });
});

describe('monthly report (月报)', () => {
  const create = (m: string, as = 'staff') =>
    t.req({ method: 'POST', url: api('/monthly-reports'), as, payload: { month: m } });
  const rep = (m: string, p = '') => api(`/monthly-reports/${m}${p}`);

  it('generates a draft from the month, edits it, exports .docx, finalises and freezes it', async () => {
    await seedMonth();
    const m = month();
    const r = await ok(create(m), 201);
    expect(r.status).toBe('draft');
    expect(r.figures.meetings.held + r.figures.meetings.list.length).toBeGreaterThan(0);
    const mt = r.figures.meetings.list.find((x: { title: string }) => x.title === '十二月月例会');
    expect(mt).toMatchObject({ expected: 12, present: 11 });
    expect(r.figures.tickets.received).toBeGreaterThanOrEqual(1);
    expect(r.sections.tickets).toContain(`受理诉求 ${r.figures.tickets.received} 件`);
    expect((await create(m)).json().error.code).toBe('report_exists');

    const edited = await ok(
      t.req({
        method: 'PATCH',
        url: rep(m),
        as: 'staff',
        payload: { sections: { plan: '下月召开四方议事会，推进加装电梯。' } },
      }),
    );
    expect(edited.sections.plan).toBe('下月召开四方议事会，推进加装电梯。');
    expect(edited.sections.tickets).toBe(r.sections.tickets);
    expect((await ok(t.req({ method: 'POST', url: rep(m, '/regenerate'), as: 'staff' }))).sections.plan).toBe(
      '下月召开四方议事会，推进加装电梯。',
    );

    const docx = await get(rep(m, '/report.docx'), 'secretary');
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    const text = (await mammoth.extractRawText({ buffer: docx.rawPayload })).value;
    expect(REPORT_SECTIONS.length).toBe(10);
    for (const s of REPORT_SECTIONS) expect(text).toContain(REPORT_SECTION_LABELS[s]);
    expect(text).toContain(`受理诉求 ${r.figures.tickets.received} 件`);
    expect(text).toContain('十二月月例会：应到 12 人，实到 11 人');
    expect(text).toContain('推进加装电梯');
    expect(text).toContain(`${m.slice(0, 4)}年${Number(m.slice(5))}月工作月报`);

    const fin = await ok(t.req({ method: 'POST', url: rep(m, '/finalise'), as: 'staff' }));
    expect(fin.status).toBe('final');
    expect(fin.contentHash).toBe(
      sha256(canon({ communityId: t.fx.A.id, month: m, figures: fin.figures, sections: fin.sections })),
    );
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['action', 'after'])
      .where('entity_id', '=', fin.id)
      .where('action', '=', 'report.finalise')
      .execute();
    expect(audit.length).toBe(1);
    expect(JSON.stringify(audit[0].after)).toContain(fin.contentHash);

    for (const [method, p, payload] of [
      ['PATCH', '', { sections: { plan: '改' } }],
      ['POST', '/regenerate', undefined],
      ['POST', '/finalise', undefined],
    ] as const) {
      const res = await t.req({ method, url: rep(m, p), as: 'staff', payload });
      expect(res.statusCode, `${method} ${p}`).toBe(409);
      expect(res.json().error.code).toBe('report_finalised');
    }
    const again = await ok(get(rep(m)));
    expect(again.contentHash).toBe(fin.contentHash);
    expect(again.sections.plan).toBe('下月召开四方议事会，推进加装电梯。');
    // `gongzhi verify` recomputes the hash; a finalised report changed behind the app's back is named.
    const verify = () =>
      listVerifiers()
        .find((v) => v.name === 'monthly reports')!
        .fn(t.db);
    expect(await verify()).toEqual([expect.objectContaining({ ok: true })]);
    await t.db
      .updateTable('monthly_reports')
      .set({ sections: JSON.stringify({ ...fin.sections, plan: '事后改动' }) })
      .where('id', '=', fin.id)
      .execute();
    const lines = await verify();
    expect(lines).toEqual([expect.objectContaining({ ok: false })]);
    expect(lines[0].text).toContain(m);
    await t.db
      .updateTable('monthly_reports')
      .set({ sections: JSON.stringify(fin.sections) })
      .where('id', '=', fin.id)
      .execute();
    const list = (await ok(get(api('/monthly-reports'), 'secretary'))).reports;
    expect(list.map((x: { month: string; status: string }) => `${x.month}:${x.status}`)).toContain(`${m}:final`);
  });

  it('lets staff write, the party secretary read, and nobody else in', async () => {
    const m = '2025-01';
    await ok(create(m), 201);
    expect((await create('2025-02', 'secretary')).statusCode).toBe(403);
    await ok(get(rep(m), 'secretary'));
    expect(
      (await t.req({ method: 'PATCH', url: rep(m), as: 'secretary', payload: { sections: { plan: 'x' } } })).statusCode,
    ).toBe(403);
    for (const who of ['resident1', 'committee1', 'property', 'leader1'])
      expect((await get(rep(m), who)).statusCode, who).toBe(403);
    expect((await get(rep(m), 'staffB')).statusCode).toBe(404);
    expect((await get(api('/monthly-reports', 'B'), 'staff')).statusCode).toBe(404);
    expect((await t.req({ method: 'POST', url: rep(m, '/finalise'), as: 'staffB' })).statusCode).toBe(404);
  });

  it('answers bad input with a code', async () => {
    const future = new Date(t.clock.now() + 8 * 3600_000 + 62 * 86_400_000).toISOString().slice(0, 7);
    expect((await create(future)).json().error.code).toBe('report_month_in_future');
    expect((await create(future)).statusCode).toBe(422);
    for (const m of ['2026-13', '26-01', '']) expect((await create(m)).json().error.code, m).toBe('validation_failed');
    expect((await get(rep('2019-05'))).statusCode).toBe(404);
    await ok(create('2025-03'), 201);
    const bad = await t.req({
      method: 'PATCH',
      url: rep('2025-03'),
      as: 'staff',
      payload: { sections: { nope: 'x' } },
    });
    expect(bad.statusCode).toBe(400);
    const long = await t.req({
      method: 'PATCH',
      url: rep('2025-03'),
      as: 'staff',
      payload: { sections: { plan: 'x'.repeat(5001) } },
    });
    expect(long.json().error.code).toBe('validation_failed');
  });

  it('finalises once when two finalises race', async () => {
    await ok(create('2025-04'), 201);
    const res = await Promise.all([
      t.req({ method: 'POST', url: rep('2025-04', '/finalise'), as: 'staff' }),
      t.req({ method: 'POST', url: rep('2025-04', '/finalise'), as: 'staff' }),
    ]);
    const codes = res.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 409]);
    const audits = await t.db
      .selectFrom('audit_events')
      .select('id')
      .where('action', '=', 'report.finalise')
      .where('entity_id', '=', res.find((r) => r.statusCode === 200)!.json().id)
      .execute();
    expect(audits.length).toBe(1);
  });
});
