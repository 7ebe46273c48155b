import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/harness';
import { TEST_DIALECT } from '../../testing/database';
import { consultationRequests } from '../consultations/consultations.test-helpers';
import { evaluationRequests } from '../evaluations/evaluations.test-helpers';

const t = useTestApp();
const api = (p: string, community: 'A' | 'B' = 'A') => `/api/communities/${t.fx[community].id}${p}`;
const iso = (ms: number) => new Date(ms).toISOString();
const period = { periodFrom: '2030-01-01', periodTo: '2030-01-08' };

/** The canonical JSON of the notices module, written again here so the test checks the hash independently. */
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
const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

async function ok(p: Promise<{ statusCode: number; body: string; json(): any }>, status = 200) {
  const res = await p;
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}
const publish = (sourceType: string, sourceId: string, as = 'staff', over: Record<string, unknown> = {}) =>
  t.req({ method: 'POST', url: api('/notices'), as, payload: { sourceType, sourceId, ...period, ...over } });
const publicOf = (id: string) => t.req({ method: 'GET', url: `/api/public/notices/${id}` });

async function activity(community: 'A' | 'B' = 'A') {
  const now = t.clock.now();
  return (
    await ok(
      t.req({
        method: 'POST',
        url: api('/activities', community),
        as: community === 'A' ? 'staff' : 'staffB',
        payload: {
          kind: 'greening',
          title: '小区绿植补种',
          description: '党员和志愿者一起补种绿植',
          location: '嘉和景苑',
          startsAt: iso(now + 3_600_000),
          endsAt: iso(now + 3 * 3_600_000),
          capacity: 20,
        },
      }),
      201,
    )
  ).id as string;
}
const counts = async () => ({
  notices: Number(
    (
      await t.db
        .selectFrom('notices')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  ),
  audit: Number(
    (
      await t.db
        .selectFrom('audit_events')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('entity_type', '=', 'notice')
        .executeTakeFirstOrThrow()
    ).n,
  ),
});

describe(`public notices (${TEST_DIALECT})`, () => {
  it('publishes a consultation result from the record: snapshot, stable SHA-256, public page unchanged', async () => {
    const cr = consultationRequests(t);
    const c = await cr.opened();
    await ok(cr.vote(c.id, 'resident1'), 201);
    await ok(cr.vote(c.id, 'resident2', { free_time: 'h2', priority: 'disagree' }), 201);
    // Still open: nothing to announce yet.
    expect((await publish('consultation_result', c.id)).json().error.code).toBe('notice_record_not_found');
    await ok(t.req({ method: 'POST', url: api(`/consultations/${c.id}/close`), as: 'staff' }));

    const n = await ok(publish('consultation_result', c.id), 201);
    expect(n).toMatchObject({
      sourceType: 'consultation_result',
      labelZh: '征询结果',
      title: c.title,
      status: 'published',
    });
    expect(n.snapshot.title).toBe(c.title);
    expect(n.snapshot.result).toBeTruthy();
    expect(n.snapshotHash).toMatch(/^[0-9a-f]{64}$/);
    expect(n.snapshotHash).toBe(sha256(canon(n.snapshot)));
    expect(n.check).toEqual({ currentHash: n.snapshotHash, changed: false, gone: false, changes: [] });
    expect(n.publicUrl).toMatch(new RegExp(`/p/notices/${n.id}$`));
    expect(n.qrSvg).toContain('<svg');

    // The same record read again hashes the same.
    const again = await ok(t.req({ method: 'GET', url: api(`/notices/${n.id}`), as: 'committee1' }));
    expect(again.check.currentHash).toBe(n.snapshotHash);
    const pub = await ok(publicOf(n.id));
    expect(pub).toMatchObject({ title: c.title, snapshotHash: n.snapshotHash, check: { changed: false } });
    expect(pub.communityName).toBeTruthy();
    // Announced once at a time.
    expect((await publish('consultation_result', c.id)).json().error.code).toBe('notice_already_published');
    const list = await ok(t.req({ method: 'GET', url: api('/notices'), as: 'resident1' }));
    expect(list.items.map((x: any) => x.id)).toContain(n.id);
  });

  it('marks the notice changed when the record changes after publication, with what changed', async () => {
    const p = await ok(
      t.req({
        method: 'POST',
        url: api('/projects'),
        as: 'staff',
        payload: { name: '楼道灯更换', funder: '街道', year: 2030, budgetFen: 500000 },
      }),
      201,
    );
    await ok(
      t.req({
        method: 'POST',
        url: api(`/projects/${p.id}/spending`),
        as: 'staff',
        payload: { amountFen: 120000, payee: '张三丰', payeeKind: 'person', spentOn: '2030-01-02', note: '人工费' },
      }),
      201,
    );
    const n = await ok(publish('project_spending', p.id), 201);
    expect(n.check.changed).toBe(false);
    const before = await ok(publicOf(n.id));
    expect(before.check.changed).toBe(false);

    await ok(
      t.req({
        method: 'POST',
        url: api(`/projects/${p.id}/spending`),
        as: 'staff',
        payload: { amountFen: 30000, payee: '明亮灯具店', spentOn: '2030-01-05' },
      }),
      201,
    );
    const after = await ok(publicOf(n.id));
    expect(after.snapshotHash).toBe(n.snapshotHash);
    expect(after.check.changed).toBe(true);
    expect(after.check.currentHash).not.toBe(n.snapshotHash);
    const paths = after.check.changes.map((x: any) => x.path);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths).toContain('spentFen');
    expect(after.check.changes.find((x: any) => x.path === 'spentFen')).toMatchObject({
      before: n.snapshot.spentFen,
      after: n.snapshot.spentFen + 30000,
    });
    // No personal data: a person paid is masked, nobody who published is named.
    const body = JSON.stringify(after);
    expect(body).not.toContain('张三丰');
    expect(body).not.toContain(t.fx.users.staff);
    expect(body).not.toMatch(/publishedBy|published_by|withdrawnBy/);
  });

  it('an activity notice counts people, never names them', async () => {
    const a = await activity();
    const n = await ok(publish('activity', a, 'secretary'), 201);
    await ok(t.req({ method: 'POST', url: api(`/activities/${a}/signups`), as: 'resident1' }));
    const pub = await ok(publicOf(n.id));
    expect(pub.check.changed).toBe(true);
    expect(pub.check.changes).toEqual([{ path: 'signedUp', before: 0, after: 1 }]);
    expect(JSON.stringify(pub)).not.toContain('居民resident1');
  });

  it("announces an evaluation round's result without members or their comments", async () => {
    const e = evaluationRequests(t);
    const round = (await e.ok(e.open(await e.company('公示考评物业')))).id as string;
    expect((await publish('evaluation_result', round)).json().error.code).toBe('notice_record_not_found');
    await e.ok(e.score(round, 'committee1'));
    await e.ok(e.score(round, 'committee2'));
    expect((await e.ok(e.get(round))).status).toBe('closed');
    const n = await ok(publish('evaluation_result', round), 201);
    expect(n.snapshot).toMatchObject({ companyName: '公示考评物业', result: expect.any(Object) });
    expect(n.title).toContain('物业考评结果');
    const body = JSON.stringify(await ok(publicOf(n.id)));
    expect(body).not.toContain('楼道干净');
    expect(body).not.toContain('committee1');
    expect(body).not.toContain(t.fx.users.committee1);
  });

  it('refuses bad input with a clear error and writes nothing', async () => {
    const a = await activity();
    const b = await activity('B');
    const start = await counts();
    const unknown = await publish('parking_fine', a);
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error).toMatchObject({ code: 'unknown_notice_type', message_zh: expect.any(String) });
    const other = await publish('activity', b);
    expect(other.statusCode).toBe(422);
    expect(other.json().error.code).toBe('notice_record_not_found');
    const missing = await publish('topic_decision', 'no-such-topic');
    expect(missing.json().error.code).toBe('notice_record_not_found');
    const backwards = await publish('activity', a, 'staff', { periodFrom: '2030-02-01', periodTo: '2030-01-31' });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json().error).toMatchObject({
      code: 'invalid_period',
      message_zh: expect.stringContaining('结束'),
    });
    expect((await publish('activity', a, 'resident1')).statusCode).toBe(403);
    expect(await counts()).toEqual(start);
    expect((await publicOf('no-such-notice')).statusCode).toBe(404);
  });

  it('withdraws a notice with a reason, audited, keeping it in the history', async () => {
    const a = await activity();
    const n = await ok(publish('activity', a), 201);
    expect(
      (
        await t.req({
          method: 'POST',
          url: api(`/notices/${n.id}/withdraw`),
          as: 'committee1',
          payload: { reason: '有误' },
        })
      ).statusCode,
    ).toBe(403);
    const w = await ok(
      t.req({ method: 'POST', url: api(`/notices/${n.id}/withdraw`), as: 'staff', payload: { reason: '活动改期' } }),
    );
    expect(w).toMatchObject({ status: 'withdrawn', withdrawReason: '活动改期' });
    expect(w.withdrawnAt).toBeTruthy();
    const again = await t.req({
      method: 'POST',
      url: api(`/notices/${n.id}/withdraw`),
      as: 'staff',
      payload: { reason: 'x' },
    });
    expect(again.json().error.code).toBe('notice_withdrawn');
    const withdrawn = await ok(t.req({ method: 'GET', url: api('/notices?status=withdrawn'), as: 'resident1' }));
    expect(withdrawn.items.map((x: any) => x.id)).toContain(n.id);
    expect((await ok(publicOf(n.id))).status).toBe('withdrawn');
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['action'])
      .where('entity_type', '=', 'notice')
      .where('entity_id', '=', n.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((x) => x.action)).toEqual(['notices.publish', 'notices.withdraw']);
    // Withdrawn, the record may be announced again.
    await ok(publish('activity', a), 201);
  });

  it("publishes a topic's decision when the topic enters 公示", async () => {
    const topic = await ok(
      t.req({ method: 'POST', url: api('/topics'), as: 'staff', payload: { title: '楼道堆物清理', source: 'party' } }),
      201,
    );
    const adv = (payload: Record<string, unknown> = {}) =>
      ok(t.req({ method: 'POST', url: api(`/topics/${topic.id}/advance`), as: 'staff', payload }));
    const skip = { skipReason: '测试：四方已有共识' };
    await adv(); // proposed → research
    await adv(skip); // research → forum
    await adv(skip); // forum → consultation
    expect((await adv(skip)).stage).toBe('decision');
    await ok(
      t.req({
        method: 'PUT',
        url: api(`/topics/${topic.id}/decision`),
        as: 'staff',
        payload: { text: '每月第一个周六集中清理楼道堆物。' },
      }),
    );
    await ok(
      t.req({
        method: 'POST',
        url: api(`/topics/${topic.id}/signoffs`),
        as: 'secretary',
        payload: { party: 'party_branch', signerName: '王书记' },
      }),
    );
    await adv(skip); // decision → implementation
    const review = await adv(skip); // implementation → review: publishes
    expect(review.stage).toBe('review');
    const ev = review.evidence.filter((e: any) => e.kind === 'publication');
    expect(ev).toHaveLength(1);
    const id = ev[0].link.id as string;
    const pub = await ok(publicOf(id));
    expect(pub).toMatchObject({ sourceType: 'topic_decision', title: '楼道堆物清理', check: { changed: false } });
    expect(pub.snapshot).toMatchObject({ decision: '每月第一个周六集中清理楼道堆物。', signedBy: ['党支部'] });
    expect(JSON.stringify(pub)).not.toContain('王书记');
    expect(review.missing).toEqual([]);
    expect((await adv()).stage).toBe('closed');
  });
});
