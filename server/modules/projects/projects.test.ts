import { beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import crypto from 'node:crypto';
import { useTestApp } from '../../testing/harness';
import { TEST_DIALECT } from '../../testing/database';
import { fingerprint, tablesOf } from '../../testing/fingerprint';

const t = useTestApp();
let A: string;
beforeAll(() => {
  A = t.fx.A.id;
});
const api = (p: string) => `/api/communities/${A}${p}`;

const corridor = {
  name: '楼道we治理：文化长廊',
  program: '楼道we治理项目',
  funder: '洞泾镇人民政府',
  year: 2025,
  budgetFen: 8_000_000,
  items: [
    { name: '围墙改造文化长廊', quantity: 162, unit: '米' },
    { name: '宣传版面', quantity: 60, unit: '块' },
  ],
};
async function create(over: Record<string, unknown> = {}) {
  const res = await t.req({ method: 'POST', url: api('/projects'), as: 'staff', payload: { ...corridor, ...over } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
const spend = (id: string, amountFen: number, over: Record<string, unknown> = {}, as = 'staff') =>
  t.req({
    method: 'POST',
    url: api(`/projects/${id}/spending`),
    as,
    payload: { amountFen, payee: '上海泾东广告制作有限公司', spentOn: '2025-06-01', ...over },
  });

/** One photo (by default a real PNG) as a multipart upload with its `kind`. */
async function upload(id: string, kind: string, as = 'staff', body?: Buffer) {
  const boundary = `----gz${crypto.randomBytes(6).toString('hex')}`;
  const img =
    body ??
    (await sharp({ create: { width: 60, height: 40, channels: 3, background: '#c33' } })
      .png()
      .toBuffer());
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kind}\r\n--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="i.png"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    img,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.req({
    method: 'POST',
    url: api(`/projects/${id}/photos`),
    as,
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

describe(`funded projects (${TEST_DIALECT})`, () => {
  it('records spending with an invoice photo, keeps the balance, and refuses what would go past the budget with nothing written', async () => {
    const p = await create();
    expect(p).toMatchObject({
      budgetFen: 8_000_000,
      spentFen: 0,
      balanceFen: 8_000_000,
      status: 'planned',
      published: false,
    });
    const invoice = await upload(p.id, 'invoice');
    expect(invoice.statusCode, invoice.body).toBe(201);
    const ok = await spend(p.id, 5_000_000, { invoicePhotoId: invoice.json().id, workOrderId: 'WO-2025-0012' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ spentFen: 5_000_000, balanceFen: 3_000_000 });
    expect(ok.json().spending[0]).toMatchObject({
      amountFen: 5_000_000,
      invoicePhotoId: invoice.json().id,
      workOrderId: 'WO-2025-0012',
    });
    // The same invoice cannot pay twice.
    expect((await spend(p.id, 100, { invoicePhotoId: invoice.json().id })).json().error.code).toBe(
      'invoice_not_usable',
    );

    const before = await fingerprint(t.db, await tablesOf(t.db));
    const over = await spend(p.id, 3_000_001);
    expect(over.statusCode).toBe(409);
    expect(over.json().error).toMatchObject({
      code: 'over_budget',
      details: { balanceFen: 3_000_000, amountFen: 3_000_001 },
    });
    expect(over.json().error.message_zh).toContain('超出项目余额');
    for (const bad of [-100, 0, 1.5, 1e12]) expect((await spend(p.id, bad)).statusCode).toBe(400);
    expect(
      (
        await t.req({ method: 'PATCH', url: api(`/projects/${p.id}`), as: 'staff', payload: { budgetFen: 4_999_999 } })
      ).json().error.code,
    ).toBe('budget_below_spent');
    expect(await fingerprint(t.db, await tablesOf(t.db))).toEqual(before);

    const exact = await spend(p.id, 3_000_000);
    expect(exact.json()).toMatchObject({ spentFen: 8_000_000, balanceFen: 0 });
  });

  it('lets two concurrent spendings take no more than the balance', async () => {
    const p = await create({ budgetFen: 1_000_000 });
    const answers = await Promise.all(Array.from({ length: 6 }, () => spend(p.id, 300_000)));
    const codes = answers.map((a) => a.statusCode).sort();
    expect(codes).toEqual([201, 201, 201, 409, 409, 409]);
    const after = (await t.req({ method: 'GET', url: api(`/projects/${p.id}`), as: 'staff' })).json();
    expect(after).toMatchObject({ spentFen: 900_000, balanceFen: 100_000 });
    expect(after.spending).toHaveLength(3);
    // Two at once for the last of the balance: one wins.
    const last = await Promise.all([spend(p.id, 100_000), spend(p.id, 100_000)]);
    expect(last.map((a) => a.statusCode).sort()).toEqual([201, 409]);
  });

  it('opens the books to those who oversee, not to residents or other communities', async () => {
    const p = await create();
    expect((await t.req({ method: 'GET', url: api(`/projects/${p.id}`), as: 'committee1' })).statusCode).toBe(200);
    expect((await t.req({ method: 'GET', url: api('/projects'), as: 'resident1' })).statusCode).toBe(403);
    expect((await spend(p.id, 100, {}, 'committee1')).statusCode).toBe(403);
    expect((await t.req({ method: 'GET', url: api(`/projects/${p.id}`), as: 'staffB' })).statusCode).toBe(404);
    expect((await upload(p.id, 'before', 'committee1')).statusCode).toBe(403);
  });

  it('discloses a published project without invoices or personal data', async () => {
    const p = await create({ name: '品质提升：便民小道' });
    const beforePhoto = (await upload(p.id, 'before')).json();
    const invoice = (await upload(p.id, 'invoice')).json();
    await spend(p.id, 120_000, {
      payee: '张建华',
      payeeKind: 'person',
      note: '小道铺设人工',
      invoicePhotoId: invoice.id,
    });
    expect((await t.req({ method: 'GET', url: `/api/public/projects/${p.id}` })).statusCode).toBe(404);
    await t.req({
      method: 'PATCH',
      url: api(`/projects/${p.id}`),
      as: 'staff',
      payload: { published: true, progress: 100, status: 'completed' },
    });
    const pub = await t.req({ method: 'GET', url: `/api/public/projects/${p.id}` });
    expect(pub.statusCode).toBe(200);
    expect(pub.json()).toMatchObject({ name: '品质提升：便民小道', spentFen: 120_000, progress: 100 });
    expect(pub.json().spending[0]).toMatchObject({ payee: '张**', hasInvoice: true });
    expect(pub.body).not.toContain('张建华');
    expect(pub.json().photos.map((x: { id: string }) => x.id)).toEqual([beforePhoto.id]);
    expect(
      (await t.req({ method: 'GET', url: `/api/public/projects/${p.id}/photos/${beforePhoto.id}` })).headers[
        'content-type'
      ],
    ).toBe('image/jpeg');
    expect((await t.req({ method: 'GET', url: `/api/public/projects/${p.id}/photos/${invoice.id}` })).statusCode).toBe(
      404,
    );
    const list = (await t.req({ method: 'GET', url: `/api/public/projects?communityId=${A}` })).json().items;
    expect(list.map((x: { id: string }) => x.id)).toContain(p.id);
  });

  it('links a project to its topic and refuses an unknown one', async () => {
    expect(
      (
        await t.req({ method: 'POST', url: api('/projects'), as: 'staff', payload: { ...corridor, topicId: 'nope' } })
      ).json().error.code,
    ).toBe('topic_not_found');
    const topic = (
      await t.req({
        method: 'POST',
        url: api('/topics'),
        as: 'staff',
        payload: { title: '围墙破旧影响观感', source: 'party' },
      })
    ).json();
    const p = await create({ topicId: topic.id });
    const byTopic = (await t.req({ method: 'GET', url: api(`/projects?topicId=${topic.id}`), as: 'staff' })).json()
      .items;
    expect(byTopic.map((x: { id: string }) => x.id)).toEqual([p.id]);
  });

  it('refuses a file that is not an image, an unknown kind and an upload without a photo, storing nothing', async () => {
    const p = await create();
    const before = await fingerprint(t.db, await tablesOf(t.db));
    expect((await upload(p.id, 'invoice', 'staff', Buffer.from('<script>alert(1)</script>'))).json().error.code).toBe(
      'invalid_image',
    );
    const badKind = await upload(p.id, 'receipt');
    expect(badKind.statusCode).toBe(400);
    const none = await t.req({
      method: 'POST',
      url: api(`/projects/${p.id}/photos`),
      as: 'staff',
      payload: '--b\r\nContent-Disposition: form-data; name="kind"\r\n\r\nbefore\r\n--b--\r\n',
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
    });
    expect(none.json().error.code).toBe('photo_required');
    expect(
      (await t.req({ method: 'POST', url: api(`/projects/${p.id}/photos`), as: 'staff', payload: { kind: 'before' } }))
        .statusCode,
    ).toBe(415);
    expect(await fingerprint(t.db, await tablesOf(t.db))).toEqual(before);
  });
});
