import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext, Page } from 'playwright-core';
import { api, communityId, expectAccessible, field, useBrowser } from './support/browser';
import { answer } from './support/answers';

const PHONE = { width: 390, height: 844 };
const FOUR = ['party_branch', 'property_company', 'committee', 'building_leaders'] as const;

/** A time as the create page's date picker takes it (YYYY-MM-DD HH:mm, this machine's time zone, as the browser's). */
const localMinute = (ms: number) => {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
};

/**
 * The article's story end to end: residents report parking problems from their phones; staff open a
 * 四方议事 topic from them, research, hold a forum with all four parties (a forum missing one is not
 * enough), consult the households (online vote with a receipt, a paper ballot confirmed by a second
 * staff member), close, write a decision the four parties sign, publish, close the topic — and the
 * residents' tickets are resolved. Months later the report and the public page settle any dispute,
 * and a receipt is verified without signing in.
 */
describe("停车难: from residents' tickets to a verifiable consultation and a closed topic", () => {
  const b = useBrowser();
  let staff: APIRequestContext;
  let resident: APIRequestContext;
  let base: string;
  let console_: Page;
  const tickets: Array<{ id: string; number: string }> = [];
  let topicId: string;
  let consultationId: string;
  let receipt: { seq: string; hash: string };

  const topic = () => answer<'/api/communities/{communityId}/topics/{id}'>(staff.get(`${base}/topics/${topicId}`));
  /** Clicks a button and waits for the page to show the server's answer (antd message). */
  const act = async (page: Page, testId: string) => {
    await page.getByTestId(testId).click();
    await page.locator('.ant-message-notice').last().waitFor();
  };

  beforeAll(async () => {
    staff = await api('staff');
    resident = await api('resident1');
    base = `/api/communities/${await communityId(staff)}`;
    console_ = await b.page({ as: 'staff' });
  });
  afterAll(async () => {
    for (const c of [staff, resident]) await c?.dispose();
  });

  it('residents report parking problems from their phones', async () => {
    const phone = await b.page({ h5: true, viewport: PHONE, as: 'resident1', at: '/h5/tickets/new' });
    await field(phone, 'report-title').fill('外来车辆占满业主车位');
    await field(phone, 'report-description').fill('晚上八点以后小区里停满了外来车辆，业主下班回来没地方停车。');
    await phone.getByTestId('report-submit').click();
    await phone.waitForURL(/\/h5\/tickets\/[^/?]+\?/);
    const number = /MH-\d{4}-\d+/.exec((await phone.getByTestId('report-done').textContent())!)![0];
    tickets.push({ id: new URL(phone.url()).pathname.split('/').pop()!, number });
    // A second household's complaint about the same thing, filed the same way through the API.
    const r = await resident.post(`${base}/tickets`, {
      data: {
        title: '停车费太低，外面的车都来停',
        description: '临时停车两小时免费，周边单位的车天天停在小区里。',
        locationKind: 'public_area',
        area: '洞北小区南门',
      },
      headers: { 'Idempotency-Key': `story-${crypto.randomUUID()}` },
    });
    expect(r.status(), await r.text()).toBe(201);
    tickets.push(await answer<'/api/communities/{communityId}/tickets', 'post'>(r));
    expect(tickets).toHaveLength(2);
    for (const tk of tickets)
      expect(
        (await answer<'/api/communities/{communityId}/tickets/{id}'>(staff.get(`${base}/tickets/${tk.id}`))).category,
      ).toBe('parking');
  });

  it('staff open a topic, link the tickets to it and record their research', async () => {
    const page = console_;
    await page.goto('/topics');
    await page.getByTestId('topic-new').click();
    await field(page, 'topic-title').fill('洞北小区停车收费与外来车辆');
    await page.getByTestId('topic-create-submit').click();
    await page.waitForURL(/\/topics\/[^/]+$/);
    topicId = new URL(page.url()).pathname.split('/').pop()!;
    for (const tk of tickets) {
      await page.getByTestId('link-tickets-select').click();
      await page.keyboard.type(tk.number);
      await page.locator('.ant-select-item-option').filter({ hasText: tk.number }).click();
      await page.keyboard.press('Escape');
      await act(page, 'link-tickets-submit');
    }
    await expect.poll(() => page.getByTestId('topic-tickets').textContent()).toContain(tickets[1].number);
    expect(await page.getByTestId('topic-tickets').textContent()).toContain(tickets[0].number);
    // The ticket shows the topic it went to.
    const onTicket = await answer<'/api/communities/{communityId}/tickets/{id}'>(
      staff.get(`${base}/tickets/${tickets[0].id}`),
    );
    expect(onTicket.links).toEqual([
      expect.objectContaining({ targetType: 'topic', targetId: topicId, title: '洞北小区停车收费与外来车辆' }),
    ]);
    await expectAccessible(page, 'topic with linked tickets');

    await act(page, 'topic-advance');
    await expect.poll(() => page.getByTestId('topic-missing').textContent()).toContain('调研记录');
    await field(page, 'evidence-text').fill('夜间走访：54个车位中约一半被外来车辆占用；周边停车场收费每小时5元。');
    await act(page, 'evidence-add');
    await expect.poll(() => page.getByTestId('topic-advance').isEnabled()).toBe(true);
    await act(page, 'topic-advance');
    await expect.poll(() => page.getByTestId('topic-missing').textContent()).toContain('四方');
  });

  it('holds the forum: one missing a party does not complete the stage; one with all four parties does', async () => {
    const page = console_;
    // A forum the building leaders missed, recorded through the API.
    const m = await answer<'/api/communities/{communityId}/meetings', 'post'>(
      staff.post(`${base}/meetings`, {
        data: { kind: 'forum', title: '停车问题座谈会（楼组长缺席）', topicId, scheduledAt: new Date().toISOString() },
      }),
    );
    await staff.patch(`${base}/meetings/${m.id}`, { data: { minutes: '楼组长未到，只交换了意见。' } });
    await staff.put(`${base}/meetings/${m.id}/attendance`, {
      data: { items: FOUR.map((p) => ({ party: p, expected: 2, present: p === 'building_leaders' ? 0 : 2 })) },
    });
    expect(
      (
        await staff.post(`${base}/meetings/${m.id}/close`, {
          data: { signatures: [{ party: 'party_branch', name: '陈书记' }] },
        })
      ).status(),
    ).toBe(200);
    await page.reload();
    await expect.poll(() => page.getByTestId('topic-missing').textContent()).toContain('四方');
    expect(await page.getByTestId('topic-advance').isDisabled()).toBe(true);
    const refused = await staff.post(`${base}/topics/${topicId}/advance`, { data: {} });
    expect(refused.status()).toBe(409);
    expect((await refused.json()).error.code).toBe('stage_incomplete');

    // The real forum, planned from the topic page and run on the meeting page.
    await page.getByTestId('topic-plan-meeting').click();
    await field(page, 'meeting-when').click();
    await page.keyboard.type('2026-11-20 19:00');
    await page.keyboard.press('Enter');
    await field(page, 'meeting-location').fill('居委会议室');
    await page.getByTestId('meeting-create-submit').click();
    await page.waitForURL(/\/meetings\/[^/]+$/);
    for (const p of FOUR) {
      await field(page, `expected-${p}`).fill('2');
      await field(page, `present-${p}`).fill(p === 'committee' ? '1' : '2');
    }
    await act(page, 'attendance-save');
    await expect.poll(() => page.locator('h2', { hasText: '出席情况' }).textContent()).toContain('7/8');
    expect(await page.getByTestId('meeting-four-parties').count()).toBe(0);
    await field(page, 'meeting-minutes').fill('四方就临停时长和业主优先车位交换意见，形成两个方案，提交居民征询。');
    await field(page, 'meeting-decisions').fill('方案一：免费临停调整为半小时\n方案二：54个车位业主优先');
    await act(page, 'minutes-save');
    for (const p of FOUR) await field(page, `signer-${p}`).fill(`${p}代表`);
    await act(page, 'meeting-close');
    await expect.poll(() => page.getByTestId('meeting-status').textContent()).toBe('已结束');
    expect(await page.getByTestId('meeting-decision-list').textContent()).toContain('54个车位业主优先');
    await expectAccessible(page, 'closed forum');
    await page.getByTestId('meeting-topic-link').click();
    await page.getByTestId('topic-advance').waitFor();
    await expect.poll(() => page.getByTestId('topic-advance').isEnabled()).toBe(true);
    await act(page, 'topic-advance');
    await expect.poll(async () => (await topic()).stage).toBe('consultation');
  });

  it("staff create the consultation on the create page, from the topic's consultation stage, and open it", async () => {
    const { myBuildingId } = await answer<'/api/communities/{communityId}/tickets/places'>(
      resident.get(`${base}/tickets/places`),
    );
    const estate = (
      await answer<'/api/communities/{communityId}/tickets/places'>(staff.get(`${base}/tickets/places`))
    ).estates.find((e) => e.buildings.some((x) => x.id === myBuildingId))!;
    const building = `${estate.name} ${estate.buildings.find((x) => x.id === myBuildingId)!.name}`;
    // Created from the topic's consultation stage on the create page, for resident1's building, open from a minute ago.
    const page = console_;
    await page.goto(`/topics/${topicId}`);
    await page.getByTestId('topic-new-consultation').click();
    await page.waitForURL((u) => u.pathname === '/consultations/new' && u.search === `?topicId=${topicId}`);
    await field(page, 'consultation-title').fill('洞北小区临时停车调整征询');
    await field(page, 'consultation-description').fill('四方座谈形成的方案，请各户表态。');
    await field(page, 'question-0-text').fill('免费临停由2小时调整为半小时，54个车位业主优先');
    await page.getByTestId('consultation-scope').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '指定楼栋' }).click();
    await page.locator('#buildingIds').focus();
    await page.keyboard.type(building);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: building }).waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await field(page, 'participation-num').fill('1');
    await field(page, 'participation-den').fill('100');
    // The period typed into the range picker, each end confirmed with its OK button (Enter would submit the form).
    const now = Date.now();
    const period = page.getByTestId('consultation-form').locator('.ant-picker-range input');
    const ok = page.locator('.ant-picker-dropdown:visible .ant-picker-ok button');
    await period.first().click();
    await period.first().fill(localMinute(now - 60_000));
    await ok.click();
    await period.nth(1).fill(localMinute(now + 86_400_000));
    await ok.click();
    await expect.poll(() => period.nth(1).inputValue()).toBe(localMinute(now + 86_400_000));
    expect(await period.first().inputValue()).toBe(localMinute(now - 60_000));
    await expectAccessible(page, 'consultation create page, filled in');
    await page.getByTestId('consultation-save').click();
    await page.waitForURL((u) => /^\/consultations\/[^/]+$/.test(u.pathname) && !u.pathname.endsWith('/new'));
    consultationId = new URL(page.url()).pathname.split('/').pop()!;
    const made = await answer<'/api/communities/{communityId}/consultations/{id}'>(
      staff.get(`${base}/consultations/${consultationId}`),
    );
    expect(made).toMatchObject({
      status: 'draft',
      topicId,
      scope: { kind: 'buildings', ids: [myBuildingId] },
      rules: { participation: { op: '>=', num: 1, den: 100 }, approval: { op: '>', num: 1, den: 2 } },
    });
    await page.goto(`/consultations/${consultationId}`);
    await page.getByTestId('consultation-open').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await expect.poll(() => page.getByTestId('consultation-status').textContent()).toBe('征询中');
  });

  it('consults the households: a vote on the phone with a receipt, a second vote refused, a paper ballot confirmed by a second person', async () => {
    const page = console_;
    const phone = await b.page({
      h5: true,
      viewport: PHONE,
      as: 'resident1',
      at: `/h5/consultations/${consultationId}`,
    });
    await phone.getByTestId('vote-q1-o1').click();
    await phone.getByTestId('vote-submit').click();
    await phone.getByRole('button', { name: '确认提交' }).click();
    await phone.getByTestId('receipt').waitFor();
    // The confirm dialog fades out after the receipt shows; axe would read its half-transparent text.
    await phone.getByTestId('vote-confirm-text').waitFor({ state: 'hidden' });
    receipt = {
      seq: (await phone.getByTestId('receipt-seq').textContent())!,
      hash: (await phone.getByTestId('receipt-hash').textContent())!,
    };
    expect(receipt.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await phone.getByTestId('receipt-public').getAttribute('href')).toBe(
      `/p/consultations/${consultationId}?s=${receipt.seq}&h=${receipt.hash}`,
    );
    await expectAccessible(phone, 'phone receipt');
    const again = await resident.post(`${base}/consultations/${consultationId}/ballots`, {
      data: { answers: { q1: 'o2' } },
      headers: { 'Idempotency-Key': `story-${crypto.randomUUID()}` },
    });
    expect(again.status()).toBe(409);
    expect((await again.json()).error.code).toBe('already_voted');

    // A neighbour votes on paper; staff enter it with the form number, and it counts only once a second person confirms.
    await page.reload();
    const paper = page.locator('[data-testid^="paper-"]').first();
    await paper.click();
    await field(page, 'ballot-form-number').fill('DB-2026-017');
    await expectAccessible(page, 'paper ballot form');
    await page.getByTestId('ballot-q1').getByText('同意', { exact: true }).click();
    await page.getByTestId('ballot-modal-submit').click();
    await expect.poll(() => page.getByTestId('pending-table').textContent()).toContain('DB-2026-017');
    const pending = (
      await answer<'/api/communities/{communityId}/consultations/{id}/pending'>(
        staff.get(`${base}/consultations/${consultationId}/pending`),
      )
    ).items[0];
    const self = await staff.post(`${base}/consultations/${consultationId}/ballots/${pending.ballotId}/confirm`);
    expect((await self.json()).error.code).toBe('same_person_confirm');
    const second = await b.page({ as: 'secretary', at: `/consultations/${consultationId}` });
    await act(second, `confirm-${pending.ballotId}`);
    await expect
      .poll(
        async () =>
          (
            await answer<'/api/communities/{communityId}/consultations/{id}'>(
              staff.get(`${base}/consultations/${consultationId}`),
            )
          ).progress,
      )
      .toEqual({ counted: 2, pending: 0 });
    await expectAccessible(second, 'consultation run page');

    // Closed by staff now (the server would also close it at its closing time); the result is frozen and published.
    await page.reload();
    await page.getByTestId('consultation-close').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await expect.poll(() => page.getByTestId('result-passed').textContent()).toBe('通过');
  });

  it("writes the decision, the four parties sign it, it is published, and closing the topic resolves the residents' tickets", async () => {
    const page = console_;
    await page.goto(`/topics/${topicId}`);
    await act(page, 'topic-advance');
    await field(page, 'decision-text').fill('免费临停由2小时调整为半小时，54个车位实行业主优先停。');
    await act(page, 'decision-save');
    // Each party signs for itself on the topic page: the party branch first.
    const secretary = await b.page({ as: 'secretary', at: `/topics/${topicId}` });
    await secretary.getByRole('combobox', { name: '一方' }).click();
    await secretary.locator('.ant-select-item-option').filter({ hasText: '党支部' }).click();
    await field(secretary, 'signoff-name').fill('陈书记');
    await expectAccessible(secretary, 'topic at its decision stage');
    await act(secretary, 'signoff-submit');
    // The other three parties sign from the same page, each signed in as its own account.
    for (const [login, party, name] of [
      ['property', '物业公司', '物业王经理'],
      ['committee1', '自管会', '自管会李主任'],
      ['leader1', '楼组长', '楼组长张阿姨'],
    ] as const) {
      const who = await b.page({ as: login, at: `/topics/${topicId}` });
      await who.getByRole('combobox', { name: '一方' }).click();
      await who.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: party }).click();
      await field(who, 'signoff-name').fill(name);
      await act(who, 'signoff-submit');
      await expect.poll(() => who.getByTestId('topic-signoffs').textContent()).toContain(name);
    }
    await page.reload();
    await expect.poll(() => page.getByTestId('topic-signoffs').textContent()).toContain('陈书记');
    expect(await page.getByTestId('topic-signoffs').textContent()).not.toContain('未签');
    await act(page, 'topic-advance');

    // Implementation was done by the property company the same week: skipped with a recorded reason.
    await page.getByTestId('topic-skip').click();
    await field(page, 'skip-reason').fill('物业当周完成道闸计时调整，记录见物业工单');
    await page.getByTestId('skip-ok').click();
    await expect.poll(async () => (await topic()).stage).toBe('review');
    expect(
      (
        await staff.post(`${base}/topics/${topicId}/evidence`, {
          data: { kind: 'publication', text: '决议及征询结果已在小区公告栏公示7天。' },
        })
      ).status(),
    ).toBe(200);
    await page.reload();
    await page.getByTestId('topic-advance').click();
    expect(await field(page, 'close-resolve-tickets').isChecked()).toBe(true);
    await page.getByTestId('close-ok').click();
    await expect.poll(async () => (await topic()).status).toBe('closed');
    for (const tk of tickets)
      expect(
        (await answer<'/api/communities/{communityId}/tickets/{id}'>(staff.get(`${base}/tickets/${tk.id}`))).state,
      ).toBe('resolved');
  });

  it('months later: the printable report and the public page show the result, and a receipt verifies without signing in', async () => {
    const page = console_;
    await page.goto(`/consultations/${consultationId}/report`);
    await expect.poll(() => page.getByTestId('report-chain').textContent()).toContain('账本校验通过');
    expect(await page.locator('.cs-url').first().textContent()).toContain(`/p/consultations/${consultationId}`);
    await expectAccessible(page, 'consultation report');

    const visitor = await b.page({ h5: true, viewport: PHONE });
    await visitor.goto(`/p/consultations/${consultationId}`);
    await expect.poll(() => visitor.getByTestId('result-passed').textContent()).toBe('通过');
    expect(await visitor.getByTestId('consultation-rules').textContent()).toContain('1/100');
    expect(await visitor.getByTestId('consultation-result').textContent()).toContain('参与 2 / ');
    await field(visitor, 'public-verify-seq').fill(receipt.seq);
    await field(visitor, 'public-verify-hash').fill(receipt.hash);
    await visitor.getByTestId('public-verify-submit').click();
    await expect.poll(() => visitor.getByTestId('verify-intact').textContent()).toContain('记录完整');
    expect(await visitor.getByTestId('verify-counted').textContent()).toBe('已计入结果');
    expect(await visitor.getByTestId('verify-seq-mismatch').count()).toBe(0);
    await expectAccessible(visitor, 'public consultation page');
    // A wrong number with a real code is called out; a made-up code is not found.
    await field(visitor, 'public-verify-seq').fill(String(Number(receipt.seq) + 1));
    await visitor.getByTestId('public-verify-submit').click();
    await visitor.getByTestId('verify-seq-mismatch').waitFor();
    await field(visitor, 'public-verify-hash').fill('0'.repeat(64));
    await visitor.getByTestId('public-verify-submit').click();
    await expect.poll(() => visitor.getByTestId('verify-error').textContent()).toBe('没有找到这张回执');
    // The resident's receipt links to the public notice with the receipt filled in and checked.
    await visitor.goto(`/p/consultations/${consultationId}?s=${receipt.seq}&h=${receipt.hash}`);
    await expect.poll(() => visitor.getByTestId('verify-intact').textContent()).toContain('记录完整');
    // The H5 receipt check the earlier QR codes pointed at still works.
    await visitor.goto(`/h5/verify?c=${consultationId}&h=${receipt.hash}`);
    await expect.poll(() => visitor.getByTestId('verify-intact').textContent()).toContain('记录完整');
  });
});
