import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../testing/fixture';
import { useTestApp } from '../testing/harness';

/**
 * docs/api.md's worked example, run as written against a real server (listening on a port, this run's
 * dialect): the curl script with bash and curl, the typed client with tsx. Each reports a ticket with a
 * photo and casts a ballot as a household representative.
 */
// Not execFileSync: the server answering the example runs in this process, on this event loop.
const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const guide = fs.readFileSync(path.join(ROOT, 'docs/api.md'), 'utf8');
const block = (lang: string) => {
  const m = guide.match(new RegExp('```' + lang + ' example\\n([\\s\\S]*?)```'));
  if (!m) throw new Error(`docs/api.md has no \`\`\`${lang} example block`);
  return m[1];
};

const t = useTestApp();
let env: Record<string, string>;
let work: string;

/** An open consultation with the questions the guide answers, for everyone in community A. */
async function openConsultation(): Promise<string> {
  const now = t.clock.now();
  const c = await t.req({
    method: 'POST',
    url: `/api/communities/${t.fx.A.id}/consultations`,
    as: 'staff',
    payload: {
      title: '洞北小区临时停车调整征询',
      description: '外来车辆占用车位。',
      scope: { kind: 'all' },
      questions: [
        {
          key: 'free_time',
          text: '免费临停时长',
          options: [
            { key: 'h2', label: '2小时' },
            { key: 'm30', label: '半小时' },
          ],
        },
        {
          key: 'priority',
          text: '业主优先停',
          options: [
            { key: 'agree', label: '同意' },
            { key: 'disagree', label: '不同意' },
          ],
          approveOption: 'agree',
        },
      ],
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 86_400_000).toISOString(),
      participation: { op: '>=', num: 2, den: 3 },
      approval: { op: '>', num: 1, den: 2 },
    },
  });
  expect(c.statusCode, c.body).toBe(201);
  const o = await t.req({
    method: 'POST',
    url: `/api/communities/${t.fx.A.id}/consultations/${c.json().id}/open`,
    as: 'staff',
  });
  expect(o.statusCode, o.body).toBe(200);
  return c.json().id;
}

beforeAll(async () => {
  const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  // Inside the repository, so the typed example resolves openapi-fetch and ./contract/api.gen as written.
  work = fs.mkdtempSync(path.join(ROOT, 'node_modules/.cache-api-guide-'));
  const photo = path.join(work, 'stairwell.jpg');
  fs.writeFileSync(
    photo,
    await sharp({ create: { width: 320, height: 240, channels: 3, background: { r: 90, g: 90, b: 80 } } })
      .jpeg()
      .toBuffer(),
  );
  env = { BASE: base, PASSWORD: TEST_PASSWORD, COMMUNITY: t.fx.A.id, BUILDING: t.fx.A.buildings[0], PHOTO: photo };
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** The ticket the example filed: its photo stored, reported by the signed-in resident. */
async function expectFiled(number: string, login: string) {
  const row = await t.db
    .selectFrom('tickets')
    .select(['id', 'reporter_user_id'])
    .where('number', '=', number)
    .executeTakeFirstOrThrow();
  expect(row.reporter_user_id).toBe(t.fx.users[login]);
  const photos = await t.db.selectFrom('ticket_photos').select('id').where('ticket_id', '=', row.id).execute();
  expect(photos).toHaveLength(1);
}

async function expectVoted(consultationId: string, login: string, hash: string) {
  const ballots = await t.db
    .selectFrom('consultation_ballots')
    .select(['household_id'])
    .where('consultation_id', '=', consultationId)
    .execute();
  expect(ballots).toHaveLength(1);
  expect(ballots[0].household_id).toBe(t.fx.A.households[login === 'resident1' ? 0 : 4]);
  expect(hash).toMatch(/^[0-9a-f]{64}$/);
}

describe('docs/api.md worked example against a real server', () => {
  it('runs the curl script', async () => {
    const consultation = await openConsultation();
    const { stdout: out } = await run('bash', ['-c', block('sh')], {
      env: { ...process.env, ...env, LOGIN: 'resident1', CONSULTATION: consultation },
      encoding: 'utf8',
    });
    const [ticket, receipt] = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    await expectFiled(ticket.number, 'resident1');
    await expectVoted(consultation, 'resident1', receipt.hash);
  });

  it('runs the typed client', async () => {
    const consultation = await openConsultation();
    const file = path.join(work, 'example.mts');
    fs.writeFileSync(file, block('ts').replace("'./contract/api.gen'", `'${path.join(ROOT, 'contract/api.gen')}'`));
    const { stdout: out } = await run(path.join(ROOT, 'node_modules/.bin/tsx'), [file], {
      env: { ...process.env, ...env, LOGIN: 'resident2', CONSULTATION: consultation },
      encoding: 'utf8',
    });
    const ticket = out.match(/^ticket (\S+)$/m)?.[1];
    const hash = out.match(/^receipt (\S+)$/m)?.[1];
    expect(ticket, out).toBeDefined();
    await expectFiled(ticket!, 'resident2');
    await expectVoted(consultation, 'resident2', hash!);
  });
});
