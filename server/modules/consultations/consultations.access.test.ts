import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/harness';
import { TEST_DIALECT } from '../../testing/database';
import { entryHash } from './consultations.chain';
import { consultationRequests } from './consultations.test-helpers';
import { report as reportTicket, tUrl } from '../tickets/tickets.test-helpers';
import { expectEvery } from '../../testing/expect-every';

/**
 * Who sees how a named household voted (docs/consultation-archive.md, "Who sees what"): the staff running
 * consultations and the household itself, by its receipt; every other role gets counts and turnout by
 * building; the public gets the public archive (tokens) and receipt proofs, once closed.
 */
const t = useTestApp();
const { url, opened, vote, closedWithEveryEntry } = consultationRequests(t);
let id: string;
let receipt: { hash: string; seq: number };
beforeAll(async () => {
  ({ id, receipt } = await closedWithEveryEntry());
});

const get = (path: string, as?: string) => t.req({ method: 'GET', url: path, ...(as ? { as } : {}) });
const NAMED = /1-1-101|1-2-102|居民resident/;

describe(`who sees named answers (${TEST_DIALECT})`, () => {
  it('gives the staff archive, with codes next to answers, to staff and the party branch only', async () => {
    for (const as of ['staff', 'secretary']) {
      const r = await get(url(`/${id}/archive`), as);
      expect(r.statusCode, as).toBe(200);
      expect(r.json()).toMatchObject({ format: 'gongzhi-consultation/2', view: 'staff' });
      expect(r.json().ballots.find((b: any) => b.householdCode === '1-1-101').answers).toEqual({
        free_time: 'm30',
        priority: 'agree',
      });
    }
    for (const as of ['committee1', 'committee2', 'leader1', 'property', 'specialist', 'resident1'])
      expect((await get(url(`/${id}/archive`), as)).statusCode, as).toBe(403);
    for (const as of ['staffB', 'residentB']) expect((await get(url(`/${id}/archive`), as)).statusCode, as).toBe(404);
    expect((await get(url(`/${id}/archive`))).statusCode).toBe(401);
  });

  it('gives committee, building leaders and deputies counts and turnout by building, never who voted how', async () => {
    for (const as of ['staff', 'secretary', 'committee1', 'leader1']) {
      const r = await get(url(`/${id}/turnout`), as);
      expect(r.statusCode, as).toBe(200);
      expect(r.json()).toMatchObject({ eligible: 9, counted: 4, pending: 1 });
      expect(r.json().items.length).toBeGreaterThan(1);
      expect(r.json().items.reduce((n: number, x: any) => n + x.eligible, 0)).toBe(9);
      expect(r.body).not.toMatch(/agree|m30|1-1-101/);
      const rep = await get(url(`/${id}/report`), as);
      expect(rep.statusCode, as).toBe(200);
      expect(rep.body).not.toMatch(/1-1-10\d|householdCode/);
    }
    for (const as of ['resident1', 'property']) expect((await get(url(`/${id}/turnout`), as)).statusCode, as).toBe(403);
    expect((await get(url(`/${id}/turnout`), 'staffB')).statusCode).toBe(404);
  });

  it('lets the household see its own answers by its receipt once closed, and nobody by a receipt while open', async () => {
    const mine = (await get(`/api/public/consultations/${id}/receipts/${receipt.hash}`)).json();
    expect(mine).toMatchObject({
      seq: receipt.seq,
      answers: { free_time: 'm30', priority: 'agree' },
      channel: 'online',
      counted: true,
    });
    const h5 = (await get(url(`/${id}`), 'resident1')).json();
    expect(h5.my.receipt).toMatchObject({
      hash: receipt.hash,
      chainHead: h5.result.chainHead,
      chainLength: h5.result.chainLength,
    });
    const open = await opened();
    const r = (await vote(open.id, 'resident1')).json();
    expect(r.chainHead).toBeNull();
    const whileOpen = (await get(`/api/public/consultations/${open.id}/receipts/${r.hash}`)).json();
    expect(whileOpen).toMatchObject({ intact: true, answers: null, channel: null, chainHead: null });
    expect((await get(`/api/public/consultations/${open.id}/archive`)).json().error.code).toBe(
      'consultation_not_closed',
    );
    expect((await get(`/api/public/consultations/${open.id}/proofs/${r.hash}`)).json().error.code).toBe(
      'consultation_not_closed',
    );
  });

  it('gives anyone the public archive once closed: tokens, answers, channels, the chain; no code, id, salt or name', async () => {
    const r = await get(`/api/public/consultations/${id}/archive`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-disposition']).toContain(`consultation-${id}-public.json`);
    const b = r.json();
    expect(b).toMatchObject({ format: 'gongzhi-consultation/2', view: 'public' });
    expect(b.eligible).toHaveLength(9);
    expectEvery(b.eligible, (e: any) => Object.keys(e).join() === 'token');
    expect(b.ballots).toHaveLength(5);
    expect(r.body).not.toMatch(NAMED);
    expect(r.body).not.toMatch(/householdId|householdCode|"salt"|representative|actorName/);
    // The online ballot names no account: the voter's user id would name the household.
    expect(
      b.entries.filter((e: any) => e.kind === 'ballot' && e.data.channel === 'online').map((e: any) => e.actor_id),
    ).toEqual([null, null]);
    expect((await get('/api/public/consultations/nonexistent/archive')).statusCode).toBe(404);
  });
});

describe(`receipts as proofs (${TEST_DIALECT})`, () => {
  it('answers the chain segment from a receipt to the published head, which recomputes', async () => {
    const r = await get(`/api/public/consultations/${id}/proofs/${receipt.hash}`);
    expect(r.statusCode).toBe(200);
    const p = r.json();
    const head = (await get(`/api/public/consultations/${id}`)).json().result;
    expect(p).toMatchObject({ seq: receipt.seq, chainHead: head.chainHead, chainLength: head.chainLength });
    expect(p.entries).toHaveLength(head.chainLength - receipt.seq + 1);
    expect(p.entries[0].hash).toBe(receipt.hash);
    let prev = p.entries[0].prev_hash;
    for (const e of p.entries) {
      expect(e.prev_hash).toBe(prev);
      prev = entryHash(prev, e);
      expect(prev).toBe(e.hash);
    }
    expect(prev).toBe(head.chainHead);
    expect(r.body).not.toMatch(NAMED);
    expect((await get(`/api/public/consultations/${id}/proofs/${'0'.repeat(64)}`)).json().error.code).toBe(
      'receipt_not_found',
    );
    expect((await get(`/api/public/consultations/${id}/proofs/zz`)).statusCode).toBe(404);
  });
});

describe(`the April dispute: a ticket reopening a settled question (${TEST_DIALECT})`, () => {
  it('links the ticket to the closed consultation that settled it, through the tickets link registry; an open one is refused', async () => {
    const ticket = await reportTicket(t, 'resident3', { title: '又有人说停车收费没征求过意见' });
    const link = await t.req({
      method: 'POST',
      url: tUrl(t, ticket.id, '/links'),
      as: 'staff',
      payload: { targetType: 'consultation', targetId: id, note: '2025年10月征询已决定' },
    });
    expect(link.statusCode, link.body).toBeLessThan(300);
    const detail = (await get(tUrl(t, ticket.id), 'staff')).json();
    expect(detail.links).toEqual([
      expect.objectContaining({
        targetType: 'consultation',
        targetId: id,
        title: '洞北小区临时停车调整征询',
        note: '2025年10月征询已决定',
      }),
    ]);
    const open = await opened();
    const refused = await t.req({
      method: 'POST',
      url: tUrl(t, ticket.id, '/links'),
      as: 'staff',
      payload: { targetType: 'consultation', targetId: open.id },
    });
    expect(refused.statusCode).toBe(404);
    expect(
      (
        await t.req({
          method: 'POST',
          url: tUrl(t, ticket.id, '/links'),
          as: 'resident3',
          payload: { targetType: 'consultation', targetId: id },
        })
      ).statusCode,
    ).toBe(403);
    // What staff print from the ticket: the sealed result with the QR to the public check.
    const printed = (await get(url(`/${id}/report`), 'staff')).json();
    expect(printed).toMatchObject({
      chainFormat: 2,
      publicUrl: expect.stringContaining(`/p/consultations/${id}`),
      result: { chainHead: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    expect(printed.qrSvg).toContain('<svg');
  });
});
