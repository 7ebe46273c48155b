import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext, Page } from 'playwright-core';
import { api, communityId, expectAccessible, field, useBrowser } from './support/browser';
import { answer } from './support/answers';
import { runSql } from './support/database';
import { readPdf } from './support/pdf';

const FOUR = ['party_branch', 'property_company', 'committee', 'building_leaders'] as const;

/**
 * Issue #17's "done when": a staff member's day as one flow in the console, every page checked by axe (the support
 * checks each page on arrival). The 居民区 secretary (党支部, who also handles tickets and runs consultations) signs
 * in, lands on 工作台, answers an overdue ticket from it, confirms a paper ballot a colleague entered, signs the
 * party branch's name under a topic's decision, and prints QR sheets for two buildings. What waits for them is set
 * up through the API by the others whose work it is (a resident's report, a colleague's paper entry, a topic
 * brought to its decision).
 */
describe("a staff member's day, from the workbench", () => {
  const b = useBrowser();
  let staff: APIRequestContext;
  let resident: APIRequestContext;
  let base: string;
  let ticket: { id: string; number: string };
  let consultationId: string;
  let ballotId: string;
  let topicId: string;
  let page: Page;

  const ok = async (r: Promise<import('playwright-core').APIResponse>, status = 200) => {
    const res = await r;
    expect(res.status(), await res.text()).toBe(status);
    return res;
  };

  beforeAll(async () => {
    staff = await api('staff');
    resident = await api('resident1');
    base = `/api/communities/${await communityId(staff)}`;
    const { myBuildingId } = await answer<'/api/communities/{communityId}/tickets/places'>(
      resident.get(`${base}/tickets/places`),
    );

    // A resident's report, long past its response deadline (aged, as the running server's clock cannot move; the
    // most overdue of the run, so it heads the workbench's overdue list).
    ticket = await answer<'/api/communities/{communityId}/tickets', 'post'>(
      ok(
        resident.post(`${base}/tickets`, {
          data: {
            title: '一日工作：单元门禁刷卡没反应',
            description: '2单元门禁刷卡没反应，老人进不了门',
            locationKind: 'building',
            buildingId: myBuildingId,
          },
          headers: { 'Idempotency-Key': `day-${crypto.randomUUID()}` },
        }),
        201,
      ),
    );
    const past = new Date(Date.now() - 5 * 365 * 24 * 3600_000).toISOString();
    await runSql('UPDATE tickets SET response_due_at = ?, resolution_due_at = ? WHERE id = ?', [past, past, ticket.id]);

    // A consultation of resident1's building with a paper ballot staff typed in, waiting for a second person.
    const now = Date.now();
    consultationId = (
      await answer<'/api/communities/{communityId}/consultations', 'post'>(
        ok(
          staff.post(`${base}/consultations`, {
            data: {
              title: '一日工作：楼道照明改造征询',
              description: '',
              scope: { kind: 'buildings', ids: [myBuildingId] },
              opensAt: new Date(now - 60_000).toISOString(),
              closesAt: new Date(now + 2 * 86_400_000).toISOString(),
              questions: [
                {
                  key: 'light',
                  text: '楼道灯改为声控节能灯',
                  options: [
                    { key: 'agree', label: '同意' },
                    { key: 'disagree', label: '不同意' },
                  ],
                  approveOption: 'agree',
                },
              ],
              participation: { op: '>=', num: 1, den: 100 },
              approval: { op: '>', num: 1, den: 2 },
            },
          }),
          201,
        ),
      )
    ).id;
    await ok(staff.post(`${base}/consultations/${consultationId}/open`));
    const household = (
      await answer<'/api/communities/{communityId}/consultations/{id}/eligible'>(
        staff.get(`${base}/consultations/${consultationId}/eligible`),
      )
    ).items[0];
    ballotId = (
      await answer<'/api/communities/{communityId}/consultations/{id}/paper-ballots', 'post'>(
        ok(
          staff.post(`${base}/consultations/${consultationId}/paper-ballots`, {
            data: {
              householdId: household.householdId,
              channel: 'paper',
              formNumber: 'ZM-001',
              answers: { light: 'agree' },
            },
            headers: { 'Idempotency-Key': `day-${crypto.randomUUID()}` },
          }),
          201,
        ),
      )
    ).ballotId;

    // A topic brought to its decision: researched, a four-party forum held, the consultation skipped with a reason.
    topicId = (
      await answer<'/api/communities/{communityId}/topics', 'post'>(
        ok(staff.post(`${base}/topics`, { data: { title: '一日工作：非机动车棚充电桩', source: 'party' } }), 201),
      )
    ).id;
    await ok(staff.post(`${base}/topics/${topicId}/advance`, { data: {} }));
    await ok(
      staff.post(`${base}/topics/${topicId}/evidence`, {
        data: { kind: 'note', text: '走访：车棚内飞线充电12处，居民希望装充电桩。' },
      }),
    );
    await ok(staff.post(`${base}/topics/${topicId}/advance`, { data: {} }));
    const forum = await answer<'/api/communities/{communityId}/meetings', 'post'>(
      ok(
        staff.post(`${base}/meetings`, {
          data: { kind: 'forum', title: '充电桩四方座谈会', topicId, scheduledAt: new Date().toISOString() },
        }),
        201,
      ),
    );
    await ok(staff.patch(`${base}/meetings/${forum.id}`, { data: { minutes: '四方同意在车棚加装充电桩。' } }));
    await ok(
      staff.put(`${base}/meetings/${forum.id}/attendance`, {
        data: { items: FOUR.map((p) => ({ party: p, expected: 1, present: 1 })) },
      }),
    );
    await ok(
      staff.post(`${base}/meetings/${forum.id}/close`, {
        data: { signatures: FOUR.map((p) => ({ party: p, name: `${p}代表` })) },
      }),
    );
    await ok(staff.post(`${base}/topics/${topicId}/advance`, { data: {} }));
    await ok(
      staff.post(`${base}/topics/${topicId}/advance`, {
        data: { skipReason: '不涉及收费，四方座谈一致同意，无需征询' },
      }),
    );
    await ok(
      staff.put(`${base}/topics/${topicId}/decision`, {
        data: { text: '在非机动车棚加装10个充电桩，费用由维修资金列支。', consultationId: null },
      }),
    );
  });
  afterAll(async () => {
    for (const c of [staff, resident]) await c?.dispose();
  });

  it('signs in and lands on 工作台, which lists what waits for them today', async () => {
    page = await b.page({ as: 'secretary', viaLoginPage: true });
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor();
    await page.getByTestId('wb-overdue').getByText(ticket.number).first().waitFor();
    await page.getByTestId('wb-ballots').getByTestId('wb-ballots-row').first().waitFor();
    await page.getByTestId('wb-signoffs').getByText('一日工作：非机动车棚充电桩').waitFor();
    await expectAccessible(page, 'workbench (secretary)');
  });

  it('answers the overdue ticket from the workbench: accepted, then resolved with a reply', async () => {
    await page
      .getByTestId('wb-overdue')
      .getByRole('link', { name: new RegExp(ticket.number) })
      .click();
    await page.waitForURL((u) => u.pathname === `/tickets/${ticket.id}`);
    await page.getByTestId('ticket-detail').waitFor();
    for (const [to, message, label] of [
      ['accepted', '收到，已联系物业检修门禁。', '已响应'],
      ['resolved', '物业已更换读卡器，门禁恢复正常。', '已解决'],
    ] as const) {
      await page.getByTestId(`move-${to}`).click();
      await field(page, 'move-message').fill(message);
      await page.getByTestId('move-submit').click();
      await expect.poll(() => page.getByTestId('ticket-state').textContent()).toBe(label);
    }
    await expectAccessible(page, 'ticket answered');
    const d = await answer<'/api/communities/{communityId}/tickets/{id}'>(resident.get(`${base}/tickets/${ticket.id}`));
    expect(d.state).toBe('resolved');
    expect(d.timeline.map((e) => e.message)).toContain('物业已更换读卡器，门禁恢复正常。');
  });

  it('confirms the paper ballot a colleague entered, as the second person', async () => {
    await page.goto('/');
    const row = page.getByTestId('wb-ballots-row').filter({ hasText: '一日工作：楼道照明改造征询' });
    await row.getByRole('link').first().click();
    await page.waitForURL((u) => u.pathname === `/consultations/${consultationId}`);
    await page.getByTestId(`confirm-${ballotId}`).click();
    await expect.poll(() => page.getByTestId('pending-table').textContent()).not.toContain('ZM-001');
    await expectAccessible(page, 'consultation, ballot confirmed');
    const c = await answer<'/api/communities/{communityId}/consultations/{id}'>(
      staff.get(`${base}/consultations/${consultationId}`),
    );
    expect(c.progress).toEqual({ counted: 1, pending: 0 });
  });

  it("signs the decision for the party branch, from the workbench's sign-off row", async () => {
    await page.goto('/');
    await page.getByTestId('wb-signoffs').getByRole('link', { name: '一日工作：非机动车棚充电桩' }).click();
    await page.waitForURL((u) => u.pathname === `/topics/${topicId}`);
    await page.getByRole('combobox', { name: '一方' }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '党支部' }).click();
    await field(page, 'signoff-name').fill('陈书记');
    await page.getByTestId('signoff-submit').click();
    await expect.poll(() => page.getByTestId('topic-signoffs').textContent()).toContain('陈书记');
    await expectAccessible(page, 'topic signed by the party branch');
    const t = await answer<'/api/communities/{communityId}/topics/{id}'>(staff.get(`${base}/topics/${topicId}`));
    expect(t.decision!.signoffs.map((s) => s.party)).toEqual(['party_branch']);
    // Signed: the workbench no longer asks for it.
    await page.goto('/');
    await page.getByTestId('wb-signoffs').waitFor();
    await expect.poll(() => page.getByTestId('wb-signoffs').textContent()).not.toContain('一日工作：非机动车棚充电桩');
  });

  it('prints the QR sheets of two buildings, one A4 page each', async () => {
    const item = page.getByTestId('menu-tickets-qr');
    if (!(await item.isVisible())) await page.getByTestId('menu-tickets').click();
    await item.click();
    await page.waitForURL((u) => u.pathname === '/tickets/qr');
    const estate = page.locator('fieldset.qr-estate').first();
    const boxes = estate.getByRole('checkbox');
    await boxes.first().waitFor();
    expect(await boxes.count()).toBeGreaterThan(1);
    for (const i of [0, 1]) await boxes.nth(i).check();
    await expect.poll(() => page.getByTestId('qr-sheet').count()).toBe(2);
    await expect
      .poll(() =>
        page
          .locator('img.qr-code')
          .evaluateAll((imgs: HTMLImageElement[]) => imgs.filter((i) => i.complete && i.naturalWidth > 0).length),
      )
      .toBe(2);
    await expectAccessible(page, 'QR sheets, two buildings');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect((await readPdf(pdf)).pages).toBe(2);
    await page.emulateMedia({ media: 'screen' });
  });
});
