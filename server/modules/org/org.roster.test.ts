import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChains } from '../../core/audit/audit';
import { createTestApp, type TestApp } from '../../testing/harness';
import { testIdNumber } from '../../testing/fixture';
import { HOUSEHOLD_COLUMNS, RESIDENT_COLUMNS, XLSX_TYPE } from './roster.service';
import { expectEvery } from '../../testing/expect-every';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const A = () => `/api/communities/${t.fx.A.id}`;

/** Distinct valid ID numbers (area 110101, a date per thousand, then a sequence), none used elsewhere in these tests. */
function idNumberFor(n: number) {
  const body = `1101011950010${Math.floor(n / 1000) + 1}${String(n % 1000).padStart(3, '0')}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  return body + '10X98765432'[w.reduce((acc, wi, k) => acc + wi * Number(body[k]), 0) % 11];
}

/** A roster workbook: each sheet given as rows under the standard header (or a custom header). */
async function workbook(sheets: { 户?: string[][]; 居民?: string[][]; header?: Record<string, string[]> }) {
  const wb = new ExcelJS.Workbook();
  for (const [name, columns] of [
    ['户', HOUSEHOLD_COLUMNS],
    ['居民', RESIDENT_COLUMNS],
  ] as const) {
    const rows = sheets[name];
    if (!rows) continue;
    const ws = wb.addWorksheet(name);
    ws.addRow(sheets.header?.[name] ?? [...columns]);
    for (const r of rows) ws.addRow(r);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function upload(url: string, file: Buffer, as = 'staff', filename = 'roster.xlsx') {
  const boundary = '----gongzhi' + Math.random().toString(16).slice(2);
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${XLSX_TYPE}\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.req({
    method: 'POST',
    url,
    as,
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

async function counts(communityId = t.fx.A.id) {
  const n = async (table: 'households' | 'residents' | 'resident_tags') =>
    Number(
      (
        await t.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .where('community_id', '=', communityId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { households: await n('households'), residents: await n('residents'), tags: await n('resident_tags') };
}

async function readXlsx(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as any);
  return wb;
}
const rowsOf = (ws: ExcelJS.Worksheet) => {
  const out: string[][] = [];
  ws.eachRow((r) =>
    out.push((r.values as any[]).slice(1).map((v) => (v === undefined || v === null ? '' : String(v)))),
  );
  return out;
};

describe('roster template', () => {
  it('has the 户 and 居民 sheets with headers and a grey example row', async () => {
    const res = await t.req({ method: 'GET', url: `${A()}/rosters/template.xlsx`, as: 'staff' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain(XLSX_TYPE);
    const wb = await readXlsx(res.rawPayload);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['户', '居民']);
    expect(rowsOf(wb.getWorksheet('户')!)[0]).toEqual(['小区', '楼栋', '室号', '户号', '备注']);
    expect(rowsOf(wb.getWorksheet('居民')!)[0]).toEqual([
      '小区',
      '楼栋',
      '室号',
      '姓名',
      '性别',
      '出生日期',
      '手机号',
      '身份证号',
      '是否户代表',
      '标签',
      '备注',
    ]);
    const example = wb.getWorksheet('居民')!.getRow(2);
    expect(String(example.getCell(1).value)).toContain('示例');
    expect(example.font?.color?.argb).toBe('FF999999');
  });
  it('an untouched template imports nothing and says so', async () => {
    const tpl = (await t.req({ method: 'GET', url: `${A()}/rosters/template.xlsx`, as: 'staff' })).rawPayload;
    const res = await upload(`${A()}/rosters/import`, tpl);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('roster_invalid');
  });
});

describe('roster import', () => {
  const good = () =>
    workbook({
      户: [
        ['嘉和景苑', '1号楼', '301', '', ''],
        ['嘉和景苑', '1号楼', '302', 'JH-1-302', '=cmd'],
        ['洞北小区', '3号楼', '401', '', ''],
      ],
      居民: [
        [
          '嘉和景苑',
          '1号楼',
          '301',
          '林一',
          '男',
          '1950-01-02',
          '13900000001',
          testIdNumber(501),
          '是',
          '党员、独居',
          '',
        ],
        ['嘉和景苑', '1号楼', '301', '林二', '', '', '', testIdNumber(502), '否', 'car_owner', ''],
        ['嘉和景苑', '1号楼', '102', '林三', '女', '1990/3/4', '13900000003', '', '', '', ''],
        ['', '', '', '无住址', '', '', '', '', '', '', ''],
      ],
    });

  it('dryRun validates and writes nothing', async () => {
    const before = await counts();
    const res = await upload(`${A()}/rosters/import?dryRun=1`, await good());
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ households: 3, residents: 4, dryRun: true });
    expect(await counts()).toEqual(before);
  });

  it('imports a good file: households, residents, tags, representatives, one audit event', async () => {
    const before = await counts();
    const res = await upload(`${A()}/rosters/import`, await good());
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ households: 3, residents: 4, dryRun: false });
    expect(await counts()).toEqual({
      households: before.households + 3,
      residents: before.residents + 4,
      tags: before.tags + 3,
    });
    const hh = (
      await t.req({ method: 'GET', url: `${A()}/households?q=301&buildingId=${t.fx.A.buildings[0]}`, as: 'staff' })
    ).json().items[0];
    expect(hh).toMatchObject({ code: '1-1-301', residents: 2, representative: { name: '林一' } });
    const lin2 = (await t.req({ method: 'GET', url: `${A()}/residents?q=林二`, as: 'staff' })).json().items[0];
    // Birth date and gender derived from the ID number; 1960 births are elderly.
    expect(lin2).toMatchObject({
      birthDate: '1960-05-01',
      gender: 'female',
      tags: ['car_owner', 'elderly'],
      idNumber: expect.stringContaining('****'),
    });
    const lin3 = (await t.req({ method: 'GET', url: `${A()}/residents?q=林三`, as: 'staff' })).json().items[0];
    expect(lin3).toMatchObject({ birthDate: '1990-03-04', room: '102' });
    const ev = await t.db
      .selectFrom('audit_events')
      .select(['after'])
      .where('action', '=', 'rosters.import')
      .executeTakeFirstOrThrow();
    expect(ev.after).toMatchObject({ households: 3, residents: 4 });
    const trail = (
      await t.req({ method: 'GET', url: `${A()}/audit?entityType=household&entityId=${hh.id}`, as: 'staff' })
    ).json().items;
    expect(trail.map((e: any) => e.action)).toEqual(['households.create']);
  });

  it('reports every bad row with sheet, row and column, and writes nothing', async () => {
    const before = await counts();
    const file = await workbook({
      户: [
        ['嘉和景苑', '1号楼', '501', '', ''],
        ['嘉和景苑', '1号楼', '501', '', ''], // duplicate in file
        ['嘉和景苑', '1号楼', '101', '', ''], // already in the database
        ['不存在小区', '1号楼', '1', '', ''],
        ['嘉和景苑', '9号楼', '1', '', ''],
        ['嘉和景苑', '', '1', '', ''],
      ],
      居民: [
        ['嘉和景苑', '1号楼', '501', '好人', '男', '1980-01-01', '13900000011', '', '是', '', ''],
        ['嘉和景苑', '1号楼', '501', '坏手机', '', '', '1234567', '', '', '', ''],
        [
          '嘉和景苑',
          '1号楼',
          '501',
          '坏身份证',
          '',
          '',
          '',
          testIdNumber(601).slice(0, 17) + (testIdNumber(601)[17] === '1' ? '2' : '1'),
          '',
          '',
          '',
        ],
        ['嘉和景苑', '1号楼', '501', '坏日期', '', '1980-02-30', '', '', '', '', ''],
        ['嘉和景苑', '1号楼', '501', '坏标签', '', '', '', '', '', '富豪', ''],
        ['嘉和景苑', '1号楼', '501', '二代表', '', '', '', '', '是', '', ''],
        ['嘉和景苑', '1号楼', '888', '无此户', '', '', '', '', '', '', ''],
        ['嘉和景苑', '1号楼', '501', '', '', '', '', '', '', '', ''],
        ['嘉和景苑', '1号楼', '501', '重号', '', '', '', testIdNumber(10), '', '', ''], // resident1's ID number in the fixture
      ],
    });
    const res = await upload(`${A()}/rosters/import`, file);
    expect(res.statusCode).toBe(422);
    const { error } = res.json();
    expect(error.code).toBe('roster_invalid');
    const at = (sheet: string, row: number) =>
      error.details.filter((d: any) => d.sheet === sheet && d.row === row).map((d: any) => d.column);
    expect(at('户', 2)).toEqual([]);
    expect(at('户', 3)).toEqual(['室号']);
    expect(at('户', 4)).toEqual(['室号']);
    expect(at('户', 5)).toEqual(['小区']);
    expect(at('户', 6)).toEqual(['楼栋']);
    expect(at('户', 7)).toEqual(['楼栋']);
    expect(at('居民', 2)).toEqual([]);
    expect(at('居民', 3)).toEqual(['手机号']);
    expect(at('居民', 4)).toEqual(['身份证号']);
    expect(at('居民', 5)).toEqual(['出生日期']);
    expect(at('居民', 6)).toEqual(['标签']);
    expect(at('居民', 7)).toEqual(['是否户代表']);
    expect(at('居民', 8)).toEqual(['室号']);
    expect(at('居民', 9)).toEqual(['姓名']);
    expect(at('居民', 10)).toEqual(['身份证号']);
    expectEvery(error.details, (d: any) => d.message_zh && d.message_en, 'roster errors');
    expect(await counts()).toEqual(before);
  });

  it('refuses wrong or missing columns', async () => {
    const file = await workbook({ 居民: [['张三']], header: { 居民: ['名字', '手机号'] } });
    const res = await upload(`${A()}/rosters/import`, file);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details).toEqual([
      expect.objectContaining({ sheet: '居民', row: 1, column: '名字' }),
      expect.objectContaining({ sheet: '居民', row: 1, column: '姓名' }),
    ]);
  });

  it('refuses what is not an xlsx with 422, an oversized file with 413, and a non-multipart body with 415', async () => {
    for (const bytes of [
      Buffer.from('小区,楼栋\n嘉和景苑,1号楼'),
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7)]),
    ]) {
      const res = await upload(`${A()}/rosters/import`, bytes);
      expect(res.statusCode).toBe(422);
      expect(res.json().error.code).toBe('roster_unreadable');
    }
    const big = await upload(
      `${A()}/rosters/import`,
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(5 * 1024 * 1024 + 10)]),
    );
    expect(big.statusCode).toBe(413);
    const json = await t.req({ method: 'POST', url: `${A()}/rosters/import`, as: 'staff', payload: { file: 'x' } });
    expect(json.statusCode).toBe(415);
  });
});

describe('roster export', () => {
  it('exports residents masked for readers who may not reveal, in full for staff who give a reason (audited), formulas defused', async () => {
    const masked = await t.req({ method: 'GET', url: `${A()}/rosters/residents.xlsx`, as: 'leader1' });
    expect(masked.statusCode).toBe(200);
    const mrows = rowsOf((await readXlsx(masked.rawPayload)).getWorksheet('居民')!);
    expect(mrows[0]).toEqual([...RESIDENT_COLUMNS]);
    expect(mrows.flat().join(' ')).not.toMatch(/1[3-9]\d{9}|\d{17}[\dX]/);
    const full = await t.req({
      method: 'GET',
      url: `${A()}/rosters/residents.xlsx?reason=${encodeURIComponent('核对台账')}`,
      as: 'staff',
    });
    expect(rowsOf((await readXlsx(full.rawPayload)).getWorksheet('居民')!).flat()).toContain(testIdNumber(501));
    expect(
      await t.db.selectFrom('audit_events').select('id').where('action', '=', 'residents.export').executeTakeFirst(),
    ).toBeDefined();
    const hrows = rowsOf(
      (
        await readXlsx(
          (await t.req({ method: 'GET', url: `${A()}/rosters/households.xlsx`, as: 'leader1' })).rawPayload,
        )
      ).getWorksheet('户')!,
    );
    expect(hrows.find((r) => r[3] === 'JH-1-302')![4]).toBe("'=cmd");
  });

  it('an export re-imports: A’s rosters load into community B with the same estates and buildings', async () => {
    const B = `/api/communities/${t.fx.B.id}`;
    // B's own households were coded like A's (1-1-101…); codes are unique per community, so recode B's first.
    for (const id of t.fx.B.households)
      await t.req({
        method: 'PATCH',
        url: `${B}/households/${id}`,
        as: 'staffB',
        payload: { code: `B-${id.slice(-6)}` },
      });
    const buildings = (await t.req({ method: 'GET', url: `${A()}/buildings?pageSize=100`, as: 'staff' })).json().items;
    const estates = new Map<string, string>();
    for (const b of buildings) {
      if (!estates.has(b.estateName)) {
        estates.set(
          b.estateName,
          (await t.req({ method: 'POST', url: `${B}/estates`, as: 'staffB', payload: { name: b.estateName } })).json()
            .id,
        );
      }
      expect(
        (
          await t.req({
            method: 'POST',
            url: `${B}/buildings`,
            as: 'staffB',
            payload: { estateId: estates.get(b.estateName), name: b.name },
          })
        ).statusCode,
      ).toBe(201);
    }
    const hx = (await t.req({ method: 'GET', url: `${A()}/rosters/households.xlsx`, as: 'staff' })).rawPayload;
    const rx = (await t.req({ method: 'GET', url: `${A()}/rosters/residents.xlsx?reason=move`, as: 'staff' }))
      .rawPayload;
    const a = await counts();
    const before = await counts(t.fx.B.id);
    const h = await upload(`${B}/rosters/import`, hx, 'staffB');
    expect(h.statusCode, h.body).toBe(200);
    expect(h.json().households).toBe(a.households);
    const r = await upload(`${B}/rosters/import`, rx, 'staffB');
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().residents).toBe(a.residents);
    const after = await counts(t.fx.B.id);
    expect(after).toEqual({
      households: before.households + a.households,
      residents: before.residents + a.residents,
      tags: before.tags + a.tags,
    });
    const repsA = (await t.req({ method: 'GET', url: `${A()}/households?pageSize=100`, as: 'staff' }))
      .json()
      .items.filter((x: any) => x.representative).length;
    const repsB = (
      await t.req({
        method: 'GET',
        url: `${B}/households?pageSize=100&estateId=${estates.get('嘉和景苑')}`,
        as: 'staffB',
      })
    )
      .json()
      .items.concat(
        (
          await t.req({
            method: 'GET',
            url: `${B}/households?pageSize=100&estateId=${estates.get('洞北小区')}`,
            as: 'staffB',
          })
        ).json().items,
      )
      .filter((x: any) => x.representative).length;
    expect(repsB).toBe(repsA);
  });

  it('imports 2,000 households and 6,000 residents in one go', async () => {
    const B = `/api/communities/${t.fx.B.id}`;
    const building = (
      await t.req({
        method: 'POST',
        url: `${B}/buildings`,
        as: 'staffB',
        payload: { estateId: t.fx.B.estates[0], name: '大楼' },
      })
    ).json();
    const hs: string[][] = [];
    const rs: string[][] = [];
    for (let i = 0; i < 2000; i++) {
      const room = String(10000 + i);
      hs.push(['东苑', building.name, room, '', '']);
      for (let j = 0; j < 3; j++) {
        const n = i * 3 + j;
        rs.push([
          '东苑',
          building.name,
          room,
          `居民${n}`,
          j ? '女' : '男',
          '',
          `139${String(n).padStart(8, '0')}`,
          idNumberFor(n),
          j ? '否' : '是',
          j ? '' : '党员',
          '',
        ]);
      }
    }
    const before = await counts(t.fx.B.id);
    const res = await upload(`${B}/rosters/import`, await workbook({ 户: hs, 居民: rs }), 'staffB');
    expect(res.statusCode, res.body.slice(0, 500)).toBe(200);
    expect(res.json()).toEqual({ households: 2000, residents: 6000, dryRun: false });
    expect(await counts(t.fx.B.id)).toEqual({
      households: before.households + 2000,
      residents: before.residents + 6000,
      tags: before.tags + 2000,
    });
    // One audit event per row, written in batches, and the community's hash chain still verifies.
    const [chain] = await verifyChains(t.db, t.fx.B.id);
    expect(chain.ok).toBe(true);
    expect(chain.events).toBeGreaterThan(8000);
  });
});
