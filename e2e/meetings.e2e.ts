import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext, Page } from 'playwright-core';
import { api, communityId, expectAccessible, field, useBrowser } from './support/browser';
import { answer } from './support/answers';

/** Pasted as staff copy it out of PC WeChat: a multi-line message, a sticker, a system line, chatter, and one problem told in two messages. */
const CHAT = `—————  2026-05-03  —————
2026-05-03 19:42 张阿姨:
洞北小区3号楼门口又停满了外来车辆
我们业主下班回来根本没地方停车[流泪]
2026-05-03 19:43 李师傅:
[表情]
王老师 加入了群聊
2026-05-03 19:45 王老师：5号楼2单元楼道灯不亮好几天了，老人晚上上楼很危险
2026-05-03 19:46 楼组长小陈: 收到
2026-05-03 19:48 王老师: 2单元的声控开关好像也坏了，拍手没反应
2026-05-04 08:15 赵先生: 南门外的共享单车堆成一排，把人行道都堵了`;

describe('meetings and group-chat intake in the console', () => {
  const b = useBrowser();
  let staff: APIRequestContext;
  let base: string;
  let page: Page;

  beforeAll(async () => {
    staff = await api('staff');
    base = `/api/communities/${await communityId(staff)}`;
    page = await b.page({ as: 'staff' });
  });
  afterAll(async () => {
    await staff?.dispose();
  });

  /** Opens a candidate's resident picker (it searches the speaker's surname) and takes the first match. */
  const pickResident = async (i: number) => {
    await page.getByTestId(`candidate-${i}-resident`).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
  };

  it('turns a pasted group chat into candidate tickets: confirm one, merge two into one, skip one', async () => {
    await page.goto('/meetings/intake');
    await page.getByTestId('intake-estate').click();
    await page.locator('.ant-select-item-option').first().click();
    await field(page, 'intake-text').fill(CHAT);
    await page.getByTestId('intake-split').click();
    await page.getByTestId('candidate-0').waitFor();
    expect(await page.locator('[data-testid^="candidate-"][data-testid$="-confirm"]').count()).toBe(4);
    expect(await page.getByTestId('candidate-0').textContent()).toContain('张阿姨');
    expect(await page.getByTestId('candidate-0-category').textContent()).toContain('停车');
    await expectAccessible(page, 'chat intake with candidates');

    // The two messages about the stairwell light are one problem: merge the second into the first, then confirm it.
    await page.getByTestId('candidate-2-merge').click();
    expect(await page.getByTestId('candidate-1').textContent()).toContain('声控开关');
    await field(page, 'candidate-1-title').fill('5号楼2单元楼道灯和声控开关坏了');
    // A ticket is always a resident's: staff pick who the nickname is and record it on their behalf.
    expect(await page.getByTestId('candidate-1-confirm').isDisabled()).toBe(true);
    await pickResident(1);
    await page.getByTestId('candidate-1-confirm').click();
    await page.getByTestId('candidate-1-created').waitFor();
    await pickResident(0);
    await page.getByTestId('candidate-0-confirm').click();
    await page.getByTestId('candidate-0-created').waitFor();
    await page.getByTestId('candidate-2-skip').click();
    expect(await page.locator('[data-testid$="-created"]').count()).toBe(2);

    const list = (
      await answer<'/api/communities/{communityId}/tickets'>(
        staff.get(`${base}/tickets?scope=all&q=${encodeURIComponent('声控开关')}`),
      )
    ).items;
    expect(list).toEqual([expect.objectContaining({ title: '5号楼2单元楼道灯和声控开关坏了', channel: 'group_chat' })]);
    const parking = (
      await answer<'/api/communities/{communityId}/tickets'>(
        staff.get(`${base}/tickets?scope=all&q=${encodeURIComponent('洞北小区3号楼门口')}`),
      )
    ).items;
    expect(parking).toEqual([expect.objectContaining({ category: 'parking', channel: 'group_chat' })]);
  });

  it('plans a monthly meeting with its agenda drawn from open topics and tickets, and closes it only once it is recorded', async () => {
    await page.goto('/meetings');
    await page.getByTestId('meeting-new').click();
    await page.getByTestId('meeting-agenda-hint').waitFor();
    await expectAccessible(page, 'meeting create form');
    await field(page, 'meeting-title').fill('2026年11月月例会');
    await field(page, 'meeting-when').click();
    await page.keyboard.type('2026-11-28 09:30');
    await page.keyboard.press('Enter');
    await page.getByTestId('meeting-create-submit').click();
    await page.waitForURL(/\/meetings\/[^/]+$/);
    const id = new URL(page.url()).pathname.split('/').pop()!;
    await expect.poll(() => page.getByTestId('meeting-agenda').textContent()).toContain('议题');
    expect(await page.getByTestId('meeting-agenda').textContent()).toContain('诉求');

    await field(page, 'agenda-new').fill('通报本季度物业考评');
    await page.getByTestId('agenda-add').click();
    await expect.poll(() => page.getByTestId('meeting-agenda').textContent()).toContain('通报本季度物业考评');

    // Closing before anything is recorded: the page says what is missing.
    await page.getByTestId('meeting-close').click();
    await expect.poll(() => page.getByTestId('meeting-close-error').textContent()).toContain('会议纪要');
    expect(await page.getByTestId('meeting-close-error').textContent()).toContain('出席情况');
    await expectAccessible(page, 'meeting refused to close');

    await field(page, 'expected-committee').fill('5');
    await field(page, 'present-committee').fill('4');
    await field(page, 'expected-party_branch').fill('3');
    await field(page, 'present-party_branch').fill('3');
    await page.getByTestId('attendance-save').click();
    await expect.poll(() => page.locator('h2', { hasText: '出席情况' }).textContent()).toContain('7/8');
    await field(page, 'meeting-minutes').fill('通报本月诉求办理情况；讨论嘉和景苑西门拥堵，建议南门加装ETC抬杆。');
    await field(page, 'meeting-decisions').fill('协商物业在南门加装ETC抬杆');
    await page.getByTestId('minutes-save').click();
    await field(page, 'item-text').fill('联系物业报价ETC抬杆');
    await field(page, 'item-owner').fill('物业王经理');
    await field(page, 'item-due').click();
    await page.keyboard.type('2026-12-10');
    await page.keyboard.press('Enter');
    await page.getByTestId('item-add').click();
    await expect.poll(() => page.getByTestId('meeting-action-items').textContent()).toContain('物业王经理');

    await page.getByTestId('meeting-close').click();
    await expect.poll(() => page.getByTestId('meeting-close-error').textContent()).toContain('签字');
    await field(page, 'signer-party_branch').fill('陈书记');
    await field(page, 'signer-committee').fill('张主任');
    await page.getByTestId('meeting-close').click();
    await expect.poll(() => page.getByTestId('meeting-status').textContent()).toBe('已结束');
    expect(await page.getByTestId('meeting-signatures').textContent()).toContain('陈书记');

    // Action items are tracked to done after the meeting.
    const item = (await answer<'/api/communities/{communityId}/meetings/{id}'>(staff.get(`${base}/meetings/${id}`)))
      .actionItems[0];
    await page.getByTestId(`item-done-${item.id}`).click();
    await expect
      .poll(
        async () =>
          (await answer<'/api/communities/{communityId}/meetings/{id}'>(staff.get(`${base}/meetings/${id}`)))
            .actionItems[0].done,
      )
      .toBe(true);
    await page.goto('/meetings');
    await expect.poll(() => page.getByTestId('meetings-table').textContent()).toContain('2026年11月月例会');
    await expectAccessible(page, 'meetings list');
  });
});
