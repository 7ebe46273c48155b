import crypto from 'node:crypto';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/harness';
import { TEST_DIALECT } from '../../testing/database';
import { fingerprint, tablesOf } from '../../testing/fingerprint';

const t = useTestApp();
let A: string;
beforeAll(() => {
  A = t.fx.A.id;
});
const api = (p: string) => `/api/communities/${A}${p}`;
const post = async (p: string, payload: unknown, as = 'staff', status = 201) => {
  const res = await t.req({ method: 'POST', url: api(p), as, payload: payload as Record<string, unknown> });
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
};

describe(`partners, donations and the three lists (${TEST_DIALECT})`, () => {
  let partner: string;
  it('records a pairing agreement only with a partner unit, contacts masked for readers', async () => {
    partner = (await post('/organizations', { kind: 'partner_unit', name: '松江电信东部片区党支部' })).id;
    const property = (await post('/organizations', { kind: 'property_company', name: '物业公司' })).id;
    const body = {
      organizationId: partner,
      title: '党建结对共建',
      signedOn: '2024-03-01',
      contacts: [{ name: '王志强', title: '支部书记', phone: '13912345678' }],
      offers: '为垃圾房安装抽拉式窗帘',
    };
    expect((await post('/pairing-agreements', { ...body, organizationId: property }, 'staff', 422)).error.code).toBe(
      'not_partner_unit',
    );
    expect((await post('/pairing-agreements', { ...body, endsOn: '2024-01-01' }, 'staff', 422)).error.code).toBe(
      'invalid_dates',
    );
    const a = await post('/pairing-agreements', body);
    expect(a).toMatchObject({
      organizationName: '松江电信东部片区党支部',
      contacts: [{ name: '王志强', phone: '13912345678' }],
    });
    const seen = (await t.req({ method: 'GET', url: api('/pairing-agreements'), as: 'committee1' })).json().items;
    expect(seen).toHaveLength(1);
    expect(seen[0].contacts[0]).toMatchObject({ name: '王**', phone: '139****5678' });
    expect((await t.req({ method: 'GET', url: api('/pairing-agreements'), as: 'resident1' })).statusCode).toBe(403);
    expect((await t.req({ method: 'GET', url: api('/pairing-agreements'), as: 'staffB' })).statusCode).toBe(404);
  });

  it('takes a need to an offer, a project and the donation that met it, and adds up the value saved', async () => {
    const need = await post('/needs', { title: '小区绿植补种', description: '补种预算约10万元' });
    expect(need.status).toBe('open');
    const offer = await post('/resource-offers', {
      title: '闲置绿植（红叶石楠、樱花树）',
      kind: 'goods',
      organizationId: partner,
    });
    expect((await post(`/needs/${need.id}/match`, { offerId: 'nope' }, 'staff', 422)).error.code).toBe(
      'offer_not_found',
    );
    expect((await post(`/needs/${need.id}/match`, { offerId: offer.id }, 'staff', 200)).status).toBe('matched');
    const project = (await post('/projects', { name: '绿化补种', funder: '共建单位', year: 2025, budgetFen: 100 })).id;
    expect((await post(`/needs/${need.id}/project`, { projectId: 'nope' }, 'staff', 422)).error.code).toBe(
      'project_not_found',
    );
    expect((await post(`/needs/${need.id}/project`, { projectId: project }, 'staff', 200)).project).toEqual({
      id: project,
      title: '绿化补种',
    });

    const before = await fingerprint(t.db, await tablesOf(t.db));
    for (const bad of [{ valueFen: -1 }, { valueFen: 1e13 }, { quantity: 0 }]) {
      expect(
        (
          await t.req({
            method: 'POST',
            url: api('/donations'),
            as: 'staff',
            payload: {
              item: '绿植',
              quantity: 1,
              valueFen: 1,
              donorName: 'x',
              destination: 'y',
              receivedOn: '2024-04-01',
              ...bad,
            },
          })
        ).statusCode,
      ).toBe(400);
    }
    expect(await fingerprint(t.db, await tablesOf(t.db))).toEqual(before);

    const d = await post('/donations', {
      item: '红叶石楠、樱花树等绿植',
      quantity: 600,
      unit: '株',
      valueFen: 10_000_000,
      donorOrgId: partner,
      donorName: '松江电信东部片区党支部',
      destination: '小区绿化带补种',
      receivedOn: '2024-04-01',
      offerId: offer.id,
    });
    await post('/donations', {
      item: '沙发',
      quantity: 4,
      unit: '张',
      valueFen: 400_000,
      donorName: '李明',
      destination: '休闲长廊',
      receivedOn: '2024-05-01',
    });
    const met = await post(`/needs/${need.id}/met`, { donationId: d.id }, 'staff', 200);
    expect(met).toMatchObject({
      status: 'met',
      donation: { id: d.id, valueFen: 10_000_000 },
      offer: { id: offer.id },
      project: { id: project },
    });
    expect((await post(`/needs/${need.id}/match`, { offerId: offer.id }, 'staff', 409)).error.code).toBe('need_met');

    const list = (await t.req({ method: 'GET', url: api('/donations'), as: 'committee1' })).json();
    expect(list.totalValueFen).toBe(10_400_000);
    expect(list.items.map((x: { donorName: string }) => x.donorName).sort()).toEqual(['李*', '松江电信东部片区党支部']);
    expect((await post('/needs', { title: 'x' }, 'committee1', 403)).error.code).toBe('forbidden');
  });

  it('keeps a photo of a donation and answers the addresses to show it by', async () => {
    const d = await post('/donations', {
      item: '户外长椅',
      quantity: 2,
      unit: '张',
      valueFen: 120_000,
      donorName: '李明',
      destination: '休闲长廊',
      receivedOn: '2024-06-01',
    });
    const boundary = `----gz${crypto.randomBytes(6).toString('hex')}`;
    const img = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#3a3' } })
      .png()
      .toBuffer();
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="i.png"\r\nContent-Type: image/png\r\n\r\n`,
      ),
      img,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await t.req({
      method: 'POST',
      url: api(`/donations/${d.id}/photos`),
      as: 'staff',
      payload,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(res.statusCode, res.body).toBe(201);
    const photo = res.json();
    expect(photo).toMatchObject({ width: 600, height: 400, url: api(`/donations/${d.id}/photos/${photo.id}`) });
    const listed = (await t.req({ method: 'GET', url: api('/donations'), as: 'committee1' }))
      .json()
      .items.find((x: { id: string }) => x.id === d.id);
    expect(listed.photos).toEqual([photo]);
    const full = await t.req({ method: 'GET', url: photo.url, as: 'committee1' });
    expect(full.statusCode).toBe(200);
    expect((await sharp(full.rawPayload).metadata()).width).toBe(600);
    const thumb = await t.req({ method: 'GET', url: photo.thumbUrl, as: 'committee1' });
    expect((await sharp(thumb.rawPayload).metadata()).width).toBeLessThan(600);
    expect((await t.req({ method: 'GET', url: photo.url, as: 'staffB' })).statusCode).toBe(404);
  });
});
