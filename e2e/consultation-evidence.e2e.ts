import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext } from 'playwright-core';
import { api, communityId, expectAccessible, useBrowser } from './support/browser';
import { answer } from './support/answers';

const PHONE = { width: 390, height: 844 };

/**
 * The demo's 洞北小区 parking consultation as evidence: anyone downloads its public archive, a household
 * checks its receipt and proves in the browser that its entry is in the published chain, and when a ticket
 * reopens the question, staff attach the consultation that settled it and print its sealed result.
 */
describe('征询存档: public archive, receipt proof, the consultation that settled a dispute', () => {
  const b = useBrowser();
  let staff: APIRequestContext;
  let base: string;
  let parking: { id: string; title: string };
  let ballot: { seq: number; receipt: string; answers: Record<string, string> };

  beforeAll(async () => {
    staff = await api('staff');
    base = `/api/communities/${await communityId(staff)}`;
    const closed = (
      await answer<'/api/communities/{communityId}/consultations'>(staff.get(`${base}/consultations?status=closed`))
    ).items;
    parking = closed.find((c) => c.title === '洞北小区临时停车收费调整征询')!;
    const archive = await answer<'/api/communities/{communityId}/consultations/{id}/archive'>(
      staff.get(`${base}/consultations/${parking.id}/archive`),
    );
    ballot = archive.ballots[0];
  });

  it('lets anyone download the public archive: tokens, answers, the chain, no household code', async () => {
    const page = await b.page({ viewport: PHONE });
    await page.goto(`/p/consultations/${parking.id}`);
    await page.getByTestId('public-archive').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('public-archive').click()]);
    expect(download.suggestedFilename()).toBe(`consultation-${parking.id}-public.json`);
    const file = path.join(os.tmpdir(), `gz-e2e-${crypto.randomUUID()}.json`);
    await download.saveAs(file);
    const bundle = JSON.parse(fs.readFileSync(file, 'utf8'));
    fs.rmSync(file);
    expect(bundle).toMatchObject({
      format: 'gongzhi-consultation/2',
      view: 'public',
      result: { tally: { participants: 100, passed: true } },
    });
    expect(bundle.entries).toHaveLength(bundle.result.chainLength);
    expect(JSON.stringify(bundle)).not.toMatch(/householdCode|household_code|"salt"|representative/);
    await expectAccessible(page, 'public consultation page with the archive download');
  });

  it('shows a household its recorded answers by its receipt and proves its entry is in the published chain, in zh and en', async () => {
    const page = await b.page({ viewport: PHONE });
    await page.goto(`/p/consultations/${parking.id}?s=${ballot.seq}&h=${ballot.receipt}`);
    await page.getByTestId('verify-answers').waitFor();
    expect(await page.getByTestId('verify-answers').textContent()).toContain(
      ballot.answers.owner_priority === 'agree' ? '同意' : '不同意',
    );
    const head = (
      await answer<'/api/public/consultations/{id}'>(page.request.get(`/api/public/consultations/${parking.id}`))
    ).result!;
    expect(await page.getByTestId('verify-head').textContent()).toBe(head.chainHead);
    await page.getByTestId('proof-run').click();
    await page.getByTestId('proof-ok').waitFor();
    expect(await page.getByTestId('proof-ok').textContent()).toContain(
      `已在本机重算 ${head.chainLength - ballot.seq + 1} 条记录`,
    );
    await expectAccessible(page, 'receipt proof (zh)');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByTestId('proof-run').click();
    await expect
      .poll(() => page.getByTestId('proof-ok').textContent())
      .toContain(`Recomputed ${head.chainLength - ballot.seq + 1} entries in this browser`);
    await expectAccessible(page, 'receipt proof (en)');
  });

  it('attaches the consultation that settled the question to a ticket reopening it, and prints its sealed result with the QR', async () => {
    const ticket = (
      await answer<'/api/communities/{communityId}/tickets'>(
        staff.get(`${base}/tickets`, { params: { q: '外来车辆', scope: 'all', pageSize: 5 } }),
      )
    ).items[0];
    const page = await b.page({ as: 'staff', at: `/tickets/${ticket.id}` });
    await page.getByTestId('settled-by').waitFor();
    await page.getByTestId('settled-pick').click();
    await page.locator('.ant-select-item-option').filter({ hasText: parking.title }).click();
    await page.locator('input[data-testid="settled-note"]').fill('2025年10月征询已决定');
    await page.getByTestId('settled-attach').click();
    await page.getByTestId(`settled-${parking.id}`).waitFor();
    expect(await page.getByTestId(`settled-${parking.id}`).textContent()).toContain('2025年10月征询已决定');
    const detail = await answer<'/api/communities/{communityId}/tickets/{id}'>(
      staff.get(`${base}/tickets/${ticket.id}`),
    );
    expect(detail.links).toContainEqual(expect.objectContaining({ targetType: 'consultation', targetId: parking.id }));
    await expectAccessible(page, 'ticket with the settling consultation');

    await page.getByTestId(`settled-print-${parking.id}`).click();
    await page.getByTestId('report-seal').waitFor();
    expect(await page.getByTestId('report-head').textContent()).toMatch(/^[0-9a-f]{64}$/);
    expect(await page.locator('.cs-qr svg').count()).toBe(1);
    expect(await page.locator('.cs-url').first().textContent()).toContain(`/p/consultations/${parking.id}`);
    expect(await page.getByTestId('turnout-table').locator('tbody tr').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'printed sealed result');
  });
});
