import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/harness';
import { testIdNumber } from '../../testing/fixture';
import { expectEvery } from '../../testing/expect-every';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const A = () => `/api/communities/${t.fx.A.id}`;
// Bounded, so that digit runs inside hashes and UUIDs are not mistaken for numbers.
const FULL_PHONE = /(?<![\da-f-])1[3-9]\d{9}(?![\da-f-])/;
const FULL_ID = /(?<![\da-f-])\d{17}[\dX](?![\da-f-])/;

describe('residents', () => {
  let id: string;
  const idNumber = testIdNumber(901);

  it('creates a resident with tags; phone and ID number leave masked; birth date and gender come from the ID number', async () => {
    const res = await t.req({
      method: 'POST',
      url: `${A()}/residents`,
      as: 'staff',
      payload: {
        householdId: t.fx.A.households[1],
        name: '孙八',
        phone: '13712345678',
        idNumber,
        tags: ['car_owner', 'party_member', 'car_owner'],
      },
    });
    expect(res.statusCode).toBe(201);
    const r = res.json();
    id = r.id;
    expect(r).toMatchObject({
      name: '孙八',
      phone: '137****5678',
      idNumber: `${'*'.repeat(14)}${idNumber.slice(-4)}`,
      birthDate: '1960-05-01',
      gender: 'male',
      householdCode: '1-1-102',
      room: '102',
      buildingName: '1号楼',
      estateName: '嘉和景苑',
      isRepresentative: false,
      hasAccount: false,
    });
    // 1960 births are over 60: elderly is derived even though it was not tagged.
    expect(r.tags).toEqual(['car_owner', 'elderly', 'party_member']);
    expect(res.body).not.toMatch(FULL_PHONE);
    expect(res.body).not.toMatch(FULL_ID);
    const row = await t.db.selectFrom('residents').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.id_number_enc).not.toContain(idNumber);
    expect(t.secrets.decrypt(row.id_number_enc!)).toBe(idNumber);
  });

  it('refuses an ID number with a wrong check digit (422) and a duplicate one (409)', async () => {
    const wrong = idNumber.slice(0, 17) + (idNumber[17] === '1' ? '2' : '1');
    const bad = await t.req({
      method: 'POST',
      url: `${A()}/residents`,
      as: 'staff',
      payload: { name: 'x', idNumber: wrong },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.code).toBe('invalid_id_number');
    expect(
      (await t.req({ method: 'POST', url: `${A()}/residents`, as: 'staff', payload: { name: 'x', idNumber } }))
        .statusCode,
    ).toBe(409);
  });

  it('never lists a full phone or ID number', async () => {
    await t.req({
      method: 'POST',
      url: `${A()}/grids/${t.fx.A.grids[0]}/members`,
      as: 'staff',
      payload: { role: 'other', name: '网格员', phone: '13611112222' },
    });
    await t.req({
      method: 'POST',
      url: `${A()}/organizations`,
      as: 'staff',
      payload: { kind: 'department', name: '派出所', contactPhone: '13611113333' },
    });
    for (const url of [
      `${A()}/residents?pageSize=100`,
      `${A()}/residents/${id}`,
      `${A()}/households/${t.fx.A.households[0]}`,
      `${A()}/accounts?pageSize=100`,
      `${A()}/grids`,
      `${A()}/grids/${t.fx.A.grids[0]}/members`,
      `${A()}/organizations`,
      `${A()}/audit`,
    ]) {
      const res = await t.req({ method: 'GET', url, as: 'staff' });
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).not.toMatch(FULL_PHONE);
      expect(res.body, url).not.toMatch(FULL_ID);
    }
  });

  it('filters by tag (elderly by birth date too), age, place and search', async () => {
    // The committee reads the whole community's residents without the reveal right (a building leader reads only their grid).
    const q = async (qs: string) =>
      (await t.req({ method: 'GET', url: `${A()}/residents?${qs}`, as: 'committee1' })).json();
    expect((await q('tag=car_owner')).items.map((r: any) => r.name)).toEqual(['孙八']);
    expect((await q('tag=elderly')).total).toBe(5);
    await t.req({
      method: 'POST',
      url: `${A()}/residents`,
      as: 'staff',
      payload: { name: '小周', birthDate: '2010-03-03', householdId: t.fx.A.households[1] },
    });
    expect((await q('ageMax=30')).items.map((r: any) => r.name)).toEqual(['小周']);
    expect((await q('ageMin=60&householdId=' + t.fx.A.households[1])).items.map((r: any) => r.name)).toEqual(['孙八']);
    expect((await q(`buildingId=${t.fx.A.buildings[2]}`)).items.map((r: any) => r.name)).toEqual(['居民resident3']);
    expect((await q('q=孙')).total).toBe(1);
    // Phone digits are never searched for a reader who may not reveal numbers (personal-data.test.ts).
    expect((await q('q=5678')).total).toBe(0);
    const bad = await t.req({ method: 'GET', url: `${A()}/residents?tag=vip`, as: 'staff' });
    expect(bad.statusCode).toBe(400);
  });

  it('updates fields and tags with before/after in the audit trail, ID number never in clear', async () => {
    const res = await t.req({
      method: 'PATCH',
      url: `${A()}/residents/${id}`,
      as: 'staff',
      payload: { tags: ['volunteer'], phone: '13712340000', idNumber: testIdNumber(902) },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ phone: '137****0000', tags: ['elderly', 'volunteer'] });
    const trail = await t.req({ method: 'GET', url: `${A()}/audit?entityType=resident&entityId=${id}`, as: 'staff' });
    const upd = trail.json().items.find((e: any) => e.action === 'residents.update');
    expect(upd.before.tags).toEqual(['car_owner', 'party_member']);
    expect(upd.after.tags).toEqual(['volunteer']);
    expect(upd.after.phone).toBe('137****0000');
    expect(trail.body).not.toMatch(FULL_ID);
    expect(trail.body).not.toMatch(FULL_PHONE);
    const stored = await t.db.selectFrom('audit_events').select(['after']).where('entity_id', '=', id).execute();
    expect(JSON.stringify(stored)).not.toContain(testIdNumber(902));
  });

  it('reveals the full phone or ID number to staff only, each reveal audited with field and reason', async () => {
    const url = `${A()}/residents/${id}/reveal`;
    const phone = await t.req({ method: 'POST', url, as: 'staff', payload: { field: 'phone', reason: '联系维修' } });
    expect(phone.json()).toEqual({ value: '13712340000' });
    const idn = await t.req({ method: 'POST', url, as: 'staff', payload: { field: 'idNumber', reason: '核对身份' } });
    expect(idn.json()).toEqual({ value: testIdNumber(902) });
    const events = await t.db
      .selectFrom('audit_events')
      .select(['action', 'after', 'actor_id'])
      .where('entity_id', '=', id)
      .where('action', '=', 'residents.reveal')
      .orderBy('seq')
      .execute();
    expect(events.map((e) => e.after)).toEqual([
      { field: 'phone', reason: '联系维修' },
      { field: 'idNumber', reason: '核对身份' },
    ]);
    expectEvery(events, (e) => e.actor_id === t.fx.users.staff, 'reveal events');
    expect(
      (await t.req({ method: 'POST', url, as: 'leader1', payload: { field: 'phone', reason: '联系' } })).statusCode,
    ).toBe(403);
  });

  it('moving a resident out of a household ends their representation', async () => {
    const rid = t.fx.residents.resident3;
    const res = await t.req({
      method: 'PATCH',
      url: `${A()}/residents/${rid}`,
      as: 'staff',
      payload: { householdId: t.fx.A.households[8] },
    });
    expect(res.json()).toMatchObject({ isRepresentative: false, room: '201' });
    const h = (await t.req({ method: 'GET', url: `${A()}/households/${t.fx.A.households[7]}`, as: 'staff' })).json();
    expect(h.representative).toBeNull();
  });
});

describe('organizations', () => {
  it('creates and lists organizations by kind with masked contact, and manages members', async () => {
    const org = await t.req({
      method: 'POST',
      url: `${A()}/organizations`,
      as: 'staff',
      payload: {
        kind: 'property_company',
        name: '上海某物业公司',
        estateId: t.fx.A.estates[0],
        contactName: '周经理',
        contactPhone: '13600001111',
      },
    });
    expect(org.statusCode).toBe(201);
    expect(org.json()).toMatchObject({
      kind: 'property_company',
      estateName: '嘉和景苑',
      contactPhone: '136****1111',
      members: 0,
    });
    await t.req({
      method: 'POST',
      url: `${A()}/organizations`,
      as: 'staff',
      payload: { kind: 'party_branch', name: '砖桥居民区党支部' },
    });
    const list = (
      await t.req({ method: 'GET', url: `${A()}/organizations?kind=property_company`, as: 'property' })
    ).json();
    expect(list.items.map((o: any) => o.name)).toEqual(['上海某物业公司']);
    const oid = org.json().id;
    const m = await t.req({
      method: 'POST',
      url: `${A()}/organizations/${oid}/members`,
      as: 'staff',
      payload: { name: '吴师傅', title: '水电工', phone: '13600002222', userId: t.fx.users.property },
    });
    expect(m.json()).toMatchObject({ name: '吴师傅', phone: '136****2222', userId: t.fx.users.property });
    // A user from community B is not someone A can list as a member.
    expect(
      (
        await t.req({
          method: 'POST',
          url: `${A()}/organizations/${oid}/members`,
          as: 'staff',
          payload: { name: 'x', userId: t.fx.users.staffB },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await t.req({
          method: 'PATCH',
          url: `${A()}/organizations/${oid}/members/${m.json().id}`,
          as: 'staff',
          payload: { title: '电工' },
        })
      ).json().title,
    ).toBe('电工');
    const members = (await t.req({ method: 'GET', url: `${A()}/organizations/${oid}/members`, as: 'staff' })).json();
    expect(members.items).toHaveLength(1);
    expect(
      (await t.req({ method: 'GET', url: `${A()}/organizations?kind=property_company`, as: 'staff' })).json().items[0]
        .members,
    ).toBe(1);
    expect(
      (
        await t.req({
          method: 'PATCH',
          url: `${A()}/organizations/${oid}`,
          as: 'staff',
          payload: { contactPhone: null },
        })
      ).json().contactPhone,
    ).toBeNull();
  });
});

describe('accounts', () => {
  it('lists accounts of the community with roles and masked phones', async () => {
    const res = (await t.req({ method: 'GET', url: `${A()}/accounts?pageSize=100`, as: 'staff' })).json();
    expect(res.total).toBe(12);
    expect(res.items.find((a: any) => a.login === 'secretary')).toMatchObject({
      roles: ['deputy', 'party_branch', 'party_member'],
      phone: expect.stringMatching(/^138\*{4}/),
    });
    expect(res.items.some((a: any) => a.login === 'staffB')).toBe(false);
    expect(
      (await t.req({ method: 'GET', url: `${A()}/accounts?role=building_leader`, as: 'staff' })).json().total,
    ).toBe(2);
  });

  it('creates an account with roles linked to a resident, and it can sign in', async () => {
    const res = await t.req({
      method: 'POST',
      url: `${A()}/accounts`,
      as: 'staff',
      payload: {
        login: 'Wang.Wu',
        displayName: '王五',
        phone: '13511112222',
        password: 'a-strong-password',
        roles: ['building_leader', 'grid_member'],
        residentId: t.fx.residents.resident2,
      },
    });
    expect(res.statusCode).toBe(409); // resident2 already has an account
    const ok = await t.req({
      method: 'POST',
      url: `${A()}/accounts`,
      as: 'staff',
      payload: {
        login: 'Wang.Wu',
        displayName: '王五',
        phone: '13511112222',
        password: 'a-strong-password',
        roles: ['building_leader', 'grid_member'],
      },
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({
      login: 'wang.wu',
      phone: '135****2222',
      roles: ['building_leader', 'grid_member'],
      disabled: false,
      lastLoginAt: null,
    });
    const login = await t.req({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'wang.wu', password: 'a-strong-password' },
    });
    expect(login.json().communities[0].roles).toEqual(['building_leader', 'grid_member']);
    const weak = await t.req({
      method: 'POST',
      url: `${A()}/accounts`,
      as: 'staff',
      payload: { login: 'weakling', displayName: 'w', password: 'short', roles: ['staff'] },
    });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().error.code).toBe('weak_password');
    const dup = await t.req({
      method: 'POST',
      url: `${A()}/accounts`,
      as: 'staff',
      payload: { login: 'staff', displayName: 'w', password: 'long-enough-123', roles: ['staff'] },
    });
    expect(dup.statusCode).toBe(409);
  });

  it('sets roles exactly (grants and revokes, audited) and refuses to demote oneself', async () => {
    const url = `${A()}/accounts/${t.fx.users.leader2}/roles`;
    const res = await t.req({ method: 'PUT', url, as: 'staff', payload: { roles: ['committee', 'grid_member'] } });
    expect(res.json().roles).toEqual(['committee', 'grid_member']);
    const actions = await t.db
      .selectFrom('audit_events')
      .select(['action', 'before', 'after'])
      .where('entity_id', '=', t.fx.users.leader2)
      .where('community_id', '=', t.fx.A.id)
      .orderBy('seq')
      .execute();
    expect(actions.slice(-2)).toEqual([
      { action: 'roles.grant', before: null, after: { role: 'committee' } },
      { action: 'roles.revoke', before: { role: 'building_leader' }, after: null },
    ]);
    const me = await t.req({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'leader2', password: 'test-password-123' },
    });
    expect(me.json().communities[0].roles).toEqual(['committee', 'grid_member']);
    const self = await t.req({
      method: 'PUT',
      url: `${A()}/accounts/${t.fx.users.staff}/roles`,
      as: 'staff',
      payload: { roles: ['resident'] },
    });
    expect(self.statusCode).toBe(422);
    expect(
      (
        await t.req({
          method: 'PUT',
          url: `${A()}/accounts/${t.fx.users.staffB}/roles`,
          as: 'staff',
          payload: { roles: ['staff'] },
        })
      ).statusCode,
    ).toBe(404);
  });
});
