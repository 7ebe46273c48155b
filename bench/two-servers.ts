// `npm run bench -- --two-servers [--quick]`: two app servers on one PostgreSQL database (issue #18 item 2).
import path from 'node:path';
import { ACTOR_TTL_MS } from '../server/core/auth/actor-cache';
import { openDatabase } from '../server/core/db/kysely';
import { checkBallots, checkChains, checkTickets, type BallotCheck, type TicketCheck } from './checks';
import { BENCH_PASSWORD, type Fixture, type Voter } from './fixture';
import { api, SAME_SITE, signIn } from './http';
import { failed, runLoad, type LoadFigures } from './load';
import { appScenarios, idempotencyKey, ticketBody, type Created, type Session } from './scenarios/app';
import { ballotBurst } from './scenarios/bursts';
import { startServer, type Child } from './server';

/** The title of this mode's created tickets (with this run's tag), so they are counted apart from the main run's and earlier runs'. */
const TWO_TITLE = `基准测试：两台服务器 ${Date.now().toString(36)}`;
/** Both servers run every scheduled job this often (GONGZHI_JOBS_EVERY_MS), so they race for each effect. */
const JOBS_EVERY_MS = 500;
/**
 * How long after the restart the bench's consultation closes. The first run of `consultations.remind-closing` on each
 * restarted server reminds every consultation the bench opened before and nobody has reminded yet (tens, each to up to
 * 2,000 households; at N=300 that takes seconds), and a job does not start again while its last run goes on: the
 * consultation must still be open when a run that sees it starts (soonest-closing first). It closed 4 s after the
 * restart until 2026-12-04, and at N=300 the reminder reached nobody.
 */
const CLOSES_IN_MS = 20_000;

export interface TwoServerResult {
  /** Writes against one server (concurrency 10), then against both (5 connections each), req/s summed. */
  writes: Array<{ key: string; label: string; one: LoadFigures; two: LoadFigures; ratio: number }>;
  burst: LoadFigures & { check: BallotCheck };
  tickets: TicketCheck;
  ballots: BallotCheck;
  chains: { checked: number; events: number; broken: string[] };
  /** Each job raced by both servers: the effect's count found against the count it must be. */
  jobs: Array<{ job: string; effect: string; expected: number; found: number }>;
  /** A role taken away through server A: how long until server B refused the account (ms), against the documented limit. */
  revoke: { refusedAfterMs: number | null; limitMs: number };
  failures: string[];
}

interface Options {
  env: NodeJS.ProcessEnv;
  fx: Fixture;
  /** Server A listens here, server B two ports up (the baseline's port stays free). */
  port: number;
  logDir: string;
  duration: number;
  /** Households for: the one-server ballots, the two-server ballots, the burst (split between the servers). */
  voters: { one: Voter[]; two: Voter[]; burst: Voter[] };
  log: (msg: string) => void;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Two load runs at once, one per server, as one figure: requests and req/s summed, latencies the worse of the two. */
function merge(a: LoadFigures, b: LoadFigures): LoadFigures {
  const non2xx = { ...a.non2xx };
  for (const [k, n] of Object.entries(b.non2xx)) non2xx[k] = (non2xx[k] ?? 0) + n;
  return {
    requests: a.requests + b.requests,
    rps: Math.round((a.rps + b.rps) * 10) / 10,
    p50: Math.max(a.p50, b.p50),
    p95: Math.max(a.p95, b.p95),
    p99: Math.max(a.p99, b.p99),
    non2xx,
    errors: a.errors + b.errors,
    samples: [...a.samples, ...b.samples].slice(0, 5),
    seconds: Math.max(a.seconds, b.seconds),
  };
}

export async function twoServers(o: Options): Promise<TwoServerResult> {
  const { fx, log } = o;
  const env = o.env;
  const servers: Child[] = [];
  const failures: string[] = [];
  try {
    servers.push(await startServer(env, o.port, path.join(o.logDir, 'two-servers-a.log')));
    servers.push(await startServer(env, o.port + 2, path.join(o.logDir, 'two-servers-b.log')));
    const [A, B] = servers.map((s) => s.url);
    log(`two servers: ${A} and ${B} on one database`);
    const admin = await signIn(A, fx.logins.admin, BENCH_PASSWORD);
    const staff = await signIn(B, fx.logins.staff, BENCH_PASSWORD);
    const communities = [...new Set([...o.voters.one, ...o.voters.two, ...o.voters.burst].map((v) => v.communityId))];
    const now = Date.now();
    const consultation = (title: string, closesAt: number) => ({
      title,
      description: '基准测试：两台服务器',
      questions: [
        {
          key: 'q1',
          text: '是否同意加装电梯？',
          options: [
            { key: 'agree', label: '同意' },
            { key: 'disagree', label: '不同意' },
          ],
          approveOption: 'agree',
        },
      ],
      scope: { kind: 'all' },
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(closesAt).toISOString(),
      participation: { op: '>=', num: 2, den: 3 },
      approval: { op: '>', num: 1, den: 2 },
    });
    // Made on one server, opened on the other.
    const consultations = new Map<string, string>();
    for (const c of communities) {
      const made = await api<{ id: string }>(A, 'POST', `/api/communities/${c}/consultations`, {
        cookie: admin,
        body: consultation('基准测试：两台服务器', now + 86_400_000),
      });
      await api(B, 'POST', `/api/communities/${c}/consultations/${made.id}/open`, { cookie: admin });
      consultations.set(c, made.id);
    }
    const categories = await api<{ items: Array<{ code: string }> }>(
      A,
      'GET',
      `/api/communities/${fx.communityId}/ticket-categories`,
      { cookie: staff },
    );
    const session: Session = {
      fx,
      cookies: { admin, staff, grid: '' },
      consultations,
      category: categories.items[0].code,
    };
    const receipts: string[] = [];
    const created: Created = { sent: 0, ids: [] };
    const writes = (voters: Voter[]) =>
      appScenarios(session, voters, (id) => receipts.push(id), created, TWO_TITLE).filter((s) =>
        ['create_ticket', 'cast_ballot'].includes(s.key),
      );
    const half = (vs: Voter[]) => [vs.slice(0, vs.length >> 1), vs.slice(vs.length >> 1)];
    const [twoA, twoB] = half(o.voters.two);
    const oneSc = writes(o.voters.one);
    const aSc = writes(twoA);
    const bSc = writes(twoB);
    const result: TwoServerResult['writes'] = [];
    for (const [i, sc] of oneSc.entries()) {
      log(`two servers: ${sc.label}, one server`);
      const one = await runLoad(A, { connections: 10, duration: o.duration, amount: sc.amount, request: sc.request });
      log(`two servers: ${sc.label}, both servers`);
      const [a, b] = await Promise.all([
        runLoad(A, { connections: 5, duration: o.duration, amount: aSc[i].amount, request: aSc[i].request }),
        runLoad(B, { connections: 5, duration: o.duration, amount: bSc[i].amount, request: bSc[i].request }),
      ]);
      const two = merge(a, b);
      result.push({
        key: sc.key,
        label: sc.label,
        one,
        two,
        ratio: one.rps ? Math.round((two.rps / one.rps) * 100) / 100 : 0,
      });
      for (const [what, f] of [
        ['one server', one],
        ['two servers', two],
      ] as const)
        if (failed(f))
          failures.push(`two servers: ${sc.label} (${what}): ${failed(f)} failed ${f.samples.join(' | ')}`);
    }

    log(`two servers: burst of ${o.voters.burst.length} ballots, half through each server (50 + 50 at once)`);
    const [burstA, burstB] = half(o.voters.burst);
    const burst = merge(
      ...((await Promise.all([
        ballotBurst(A, session, burstA, (id) => receipts.push(id), 50),
        ballotBurst(B, session, burstB, (id) => receipts.push(id), 50),
      ])) as [LoadFigures, LoadFigures]),
    );
    if (failed(burst)) failures.push(`two servers: ballot burst: ${failed(burst)} failed ${burst.samples.join(' | ')}`);

    // Both restarted with every job every JOBS_EVERY_MS (not during the load above: the jobs' own queries would
    // weigh on the figures), as a district's servers would all reach a job's tick.
    for (const s of servers.splice(0)) await s.stop();
    const fast = { ...env, GONGZHI_JOBS_EVERY_MS: String(JOBS_EVERY_MS) };
    servers.push(await startServer(fast, o.port, path.join(o.logDir, 'two-servers-a.log')));
    servers.push(await startServer(fast, o.port + 2, path.join(o.logDir, 'two-servers-b.log')));

    // Scheduled jobs, raced by both servers every JOBS_EVERY_MS: a consultation closing CLOSES_IN_MS later (the
    // closing reminder, then the close) and a ticket past both escalation steps.
    log('two servers: scheduled jobs raced by both servers');
    const madeAt = Date.now();
    const closing = await api<{ id: string }>(A, 'POST', `/api/communities/${fx.communityId}/consultations`, {
      cookie: admin,
      body: consultation('基准测试：即将结束', Date.now() + CLOSES_IN_MS),
    });
    await api(B, 'POST', `/api/communities/${fx.communityId}/consultations/${closing.id}/open`, { cookie: admin });
    const reporter = fx.voters[fx.voters.length - 1];
    const ticket = await api<{ id: string }>(A, 'POST', `/api/communities/${reporter.communityId}/tickets`, {
      cookie: reporter.cookie,
      headers: { 'idempotency-key': idempotencyKey() },
      body: ticketBody(reporter, session.category, '基准测试：超期升级'),
    });
    const database = openDatabase({ databaseUrl: o.env.DATABASE_URL || undefined, dataDir: o.env.GONGZHI_DATA_DIR! });
    const db = database.db;
    try {
      // Overdue for its response since an hour, and the second step due at once. Made the oldest ticket too: the job
      // takes the 500 oldest overdue tickets a run, and a reused N=300 district holds tens of thousands that fell due
      // after the generator's --until (47,866 on 2026-12-03), so the newest would wait behind them far longer than
      // the bench waits; what is measured here is that two servers racing escalate it exactly twice.
      await db
        .updateTable('tickets')
        .set({
          response_due_at: new Date(Date.now() - 3_600_000).toISOString(),
          escalation_step_ms: 0,
          created_at: '2000-01-01T00:00:00.000Z',
        })
        .where('id', '=', ticket.id)
        .execute();
      await sleep(CLOSES_IN_MS + 6 * JOBS_EVERY_MS);
      const count = async (q: { executeTakeFirstOrThrow(): Promise<{ n: unknown }> }) =>
        Number((await q.executeTakeFirstOrThrow()).n);
      const jobs: TwoServerResult['jobs'] = [
        {
          job: 'tickets.escalate',
          effect: 'audit events ticket.escalate (levels 1 and 2)',
          expected: 2,
          found: await count(
            db
              .selectFrom('audit_events')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .where('entity_id', '=', ticket.id)
              .where('action', '=', 'ticket.escalate'),
          ),
        },
        {
          job: 'tickets.escalate',
          effect: "timeline entries 'escalated'",
          expected: 2,
          found: await count(
            db
              .selectFrom('ticket_events')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .where('ticket_id', '=', ticket.id)
              .where('kind', '=', 'escalated'),
          ),
        },
        {
          job: 'consultations.close-due',
          effect: "the consultation's close entry in its chain",
          expected: 1,
          found: await count(
            db
              .selectFrom('consultation_entries')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .where('consultation_id', '=', closing.id)
              .where('kind', '=', 'close'),
          ),
        },
      ];
      // The closing reminder: one message per account at most (and some sent: households had not voted).
      const reminded = await db
        .selectFrom('notifications')
        .select(['user_id', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.min('created_at').as('at')])
        .where('entity_id', '=', closing.id)
        .where('kind', '=', 'consultation_closing')
        .groupBy('user_id')
        .execute();
      const remindedAfter = reminded.length
        ? Math.min(...reminded.map((r) => Date.parse(String(r.at)))) - madeAt
        : null;
      jobs.push({
        job: 'consultations.remind-closing',
        effect: `accounts reminded more than once (of ${reminded.length} reminded, ${remindedAfter ?? '—'} ms after it was made)`,
        expected: 0,
        found: reminded.filter((r) => Number(r.n) > 1).length,
      });
      if (!reminded.length) failures.push('two servers: the closing reminder reached nobody');
      for (const j of jobs)
        if (j.found !== j.expected)
          failures.push(`two servers: ${j.job}: ${j.effect}: ${j.found}, expected ${j.expected}`);

      // Revocation: an account with the staff role, warm on server B, loses the role through server A.
      log('two servers: a role taken away on one server, refused on the other');
      const login = `benchrun-revoke-${Date.now().toString(36)}`;
      const account = await api<{ id: string }>(A, 'POST', `/api/communities/${fx.communityId}/accounts`, {
        cookie: admin,
        body: { login, displayName: '基准撤销', password: BENCH_PASSWORD, roles: ['staff'] },
      });
      const cookie = await signIn(B, login, BENCH_PASSWORD);
      const dashboard = () =>
        fetch(`${B}/api/communities/${fx.communityId}/dashboard`, { headers: { ...SAME_SITE, cookie } }).then((r) => {
          void r.arrayBuffer();
          return r.status;
        });
      if ((await dashboard()) !== 200) failures.push('two servers: the staff account was refused before revocation');
      await api(A, 'PUT', `/api/communities/${fx.communityId}/accounts/${account.id}/roles`, {
        cookie: admin,
        body: { roles: [] },
      });
      const t0 = Date.now();
      let refusedAfterMs: number | null = null;
      const seen = new Set<number>();
      while (Date.now() - t0 < ACTOR_TTL_MS + 5000) {
        const status = await dashboard();
        seen.add(status);
        // Refused: 403, or 404 where the community is no longer theirs to see.
        if (status === 403 || status === 404) {
          refusedAfterMs = Date.now() - t0;
          break;
        }
        await sleep(50);
      }
      // One poll interval and one request of slack beyond the cache's lifetime.
      if (refusedAfterMs === null || refusedAfterMs > ACTOR_TTL_MS + 250)
        failures.push(
          `two servers: revoked role refused on the other server after ${refusedAfterMs ?? 'never'} ms (limit ${ACTOR_TTL_MS} ms; answers seen ${[...seen].join(', ')})`,
        );

      const tickets = await checkTickets(
        db,
        TWO_TITLE,
        created.ids,
        created.sent -
          created.ids.length -
          result
            .filter((w) => w.key === 'create_ticket')
            .flatMap((w) => [w.one, w.two])
            .reduce((s, f) => s + Object.values(f.non2xx).reduce((a, k) => a + k, 0), 0),
      );
      const ballots = await checkBallots(db, [...consultations.values(), closing.id], receipts);
      const chains = await checkChains(db, communities);
      if (tickets.lost) failures.push(`two servers: ${tickets.lost} tickets acknowledged but not stored`);
      if (tickets.extra > tickets.unanswered)
        failures.push(
          `two servers: ${tickets.extra} tickets beyond the acknowledged (${tickets.unanswered} unanswered)`,
        );
      if (ballots.lost) failures.push(`two servers: ${ballots.lost} ballots acknowledged but not stored`);
      if (ballots.duplicated) failures.push(`two servers: ${ballots.duplicated} households with two ballots`);
      for (const b of [...ballots.brokenChains, ...chains.broken]) failures.push(`two servers: chain broken: ${b}`);
      return {
        writes: result,
        burst: { ...burst, check: ballots },
        tickets,
        ballots,
        chains,
        jobs,
        revoke: { refusedAfterMs, limitMs: ACTOR_TTL_MS },
        failures,
      };
    } finally {
      await database.close();
    }
  } finally {
    for (const s of servers) await s.stop();
  }
}

/** The mode's lines for the report and docs/performance.md. */
export function twoServerLines(r: TwoServerResult): string[] {
  return [
    '| write (PostgreSQL) | one server req/s | p95 ms | two servers req/s | p95 ms | ratio |',
    '|---|---:|---:|---:|---:|---:|',
    ...r.writes.map((w) => `| ${w.label} | ${w.one.rps} | ${w.one.p95} | ${w.two.rps} | ${w.two.p95} | ${w.ratio} |`),
    '',
    `Ballot burst through both (50 + 50 at once): ${r.burst.requests} → ${r.burst.rps} ballots/s, p99 ${r.burst.p99} ms. ` +
      `Ballots: ${r.ballots.acknowledged} acknowledged, ${r.ballots.stored} stored, ${r.ballots.lost} lost, ${r.ballots.duplicated} duplicated; ` +
      `tickets: ${r.tickets.acknowledged} acknowledged, ${r.tickets.stored} stored, ${r.tickets.lost} lost, ${r.tickets.extra} beyond; ` +
      `${r.chains.checked} audit chains (${r.chains.events} events) ${r.chains.broken.length ? 'BROKEN' : 'verify'}.`,
    `Jobs raced by both servers every ${JOBS_EVERY_MS} ms: ${r.jobs.map((j) => `${j.job} — ${j.effect}: ${j.found} (expected ${j.expected})`).join('; ')}.`,
    `A role taken away on server A: refused on server B after ${r.revoke.refusedAfterMs ?? 'never'} ms (actor cache ${r.revoke.limitMs} ms).`,
  ];
}
