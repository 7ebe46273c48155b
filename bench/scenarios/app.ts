import crypto from 'node:crypto';
import type { Request } from 'autocannon';
import type { Fixture, Voter } from '../fixture';
import { SAME_SITE } from '../http';

/** What the scenarios need once the server runs: cookies of the staff accounts and the open consultations. */
export interface Session {
  fx: Fixture;
  cookies: { staff: string; grid: string; admin: string };
  /** community id → the bench's open consultation there */
  consultations: Map<string, string>;
  category: string;
}

export interface Scenario {
  key: string;
  label: string;
  request: Request;
  /** A pool of one-shot requests (each ballot from another household): the run ends when it is used up. */
  amount?: number;
  /** The baseline scenario this one is a ratio of. */
  baseline?: string;
  /** A second, same-work baseline (create-ticket and cast-ballot: issue #18). */
  sameWork?: string;
  /** At least this many seconds, even in quick mode (a list whose answers take most of a second). */
  minSeconds?: number;
}

let seq = 0;
/** Unique per request, as a phone retrying would keep it but a new report would not. */
export const idempotencyKey = () => `bench-${process.pid}-${++seq}-${crypto.randomBytes(4).toString('hex')}`;

const json = (cookie: string, body: unknown): Pick<Request, 'method' | 'headers' | 'body'> => ({
  method: 'POST',
  body: JSON.stringify(body),
  headers: { ...SAME_SITE, cookie, 'content-type': 'application/json', 'idempotency-key': idempotencyKey() },
});

const get = (path: string, cookie: string): Request => ({ method: 'GET', path, headers: { cookie } });

/** Round-robin over a list, for requests that vary per call. */
function cycle<T>(items: T[]): () => T {
  let i = 0;
  return () => items[i++ % items.length];
}

export function ticketBody(v: Voter, category: string, title: string) {
  return {
    title,
    description: '楼道灯坏了，晚上看不见台阶，请尽快修理。',
    category,
    locationKind: 'building',
    buildingId: v.buildingId,
  };
}

export const BALLOT = { answers: { q1: 'agree' } };
/** The create scenario's title, so its tickets can be counted afterwards (the generated data never uses it). */
/**
 * The created tickets' title, with this run's tag: they are counted by it afterwards, and a reused district holds
 * the tickets of earlier runs too.
 */
export const CREATED_TITLE = `基准测试：楼道灯不亮 ${Date.now().toString(36)}`;

/** The HTTP scenarios against the real server, in the order they run: reads first, then writes. */
/** What the create-ticket scenario sent and was told: requests sent, and the ids answered 201. */
export interface Created {
  sent: number;
  ids: string[];
}

export function appScenarios(
  s: Session,
  ballotVoters: Voter[],
  onReceipt: (ballotId: string) => void,
  created: Created,
  /** The created tickets' title, by which they are counted afterwards. */
  title = CREATED_TITLE,
): Scenario[] {
  const { fx, cookies } = s;
  const c = `/api/communities/${fx.communityId}`;
  const nextTicket = cycle(fx.ticketIds);
  const nextReporter = cycle(fx.voters);
  const nextVoter = cycle(ballotVoters);
  return [
    { key: 'me', label: 'GET /api/me', request: get('/api/me', cookies.staff) },
    {
      key: 'grid_list',
      label: "list a grid's tickets (20, newest first)",
      baseline: 'grid_list',
      request: get(`${c}/tickets?scope=grid&gridId=${fx.gridId}&pageSize=20`, cookies.grid),
    },
    {
      key: 'ticket_detail',
      label: 'ticket detail with timeline',
      baseline: 'ticket_detail',
      request: { ...get('', cookies.grid), setupRequest: (req) => ({ ...req, path: `${c}/tickets/${nextTicket()}` }) },
    },
    { key: 'dashboard', label: 'community dashboard (last 12 months)', request: get(`${c}/dashboard`, cookies.staff) },
    {
      key: 'town',
      label: 'town view (every community of the town)',
      request: get(`/api/towns/${fx.townId}/overview`, cookies.admin),
    },
    {
      key: 'activities',
      label: "activities with seats and the caller's sign-up",
      baseline: 'activities',
      request: get(`${c}/activities?when=upcoming`, cookies.staff),
    },
    {
      key: 'referrals',
      label: 'outstanding referrals (挂账) and department response times',
      request: get(`${c}/referrals/stats`, cookies.staff),
    },
    {
      key: 'create_ticket',
      label: 'create a ticket (resident, H5)',
      baseline: 'create_ticket',
      sameWork: 'create_ticket_same',
      request: {
        setupRequest: (req) => {
          const v = nextReporter();
          created.sent++;
          return {
            ...req,
            path: `/api/communities/${v.communityId}/tickets`,
            ...json(v.cookie, ticketBody(v, s.category, title)),
          };
        },
        onResponse: (status, body) => {
          if (status === 201) created.ids.push((JSON.parse(body) as { id: string }).id);
        },
      },
    },
    {
      key: 'cast_ballot',
      label: 'cast a ballot (representative, online)',
      baseline: 'cast_ballot',
      sameWork: 'cast_ballot_same',
      amount: ballotVoters.length,
      request: {
        setupRequest: (req) => {
          const v = nextVoter();
          return {
            ...req,
            path: `/api/communities/${v.communityId}/consultations/${s.consultations.get(v.communityId)}/ballots`,
            ...json(v.cookie, BALLOT),
          };
        },
        onResponse: (status, body) => {
          if (status === 201) onReceipt((JSON.parse(body) as { ballotId: string }).ballotId);
        },
      },
    },
  ];
}

/** The title of the same-work baseline's tickets (not CREATED_TITLE: the app's tickets are counted by theirs). */
export const BASELINE_TITLE = '基线测试：楼道灯不亮';

/**
 * The bare baseline app (bench/baseline.ts): lists and single INSERTs, then the same-work create-ticket and
 * cast-ballot (each representative once, into an open consultation of their community set up for the baseline).
 */
export function baselineScenarios(
  fx: Fixture,
  ballotVoters: Voter[],
  onSameWorkReceipt: (ballotId: string) => void = () => {},
): Scenario[] {
  const nextTicket = cycle(fx.ticketIds);
  const nextReporter = cycle(fx.voters);
  const nextVoter = cycle(ballotVoters);
  // The same-work routes take the voter's own community, as the app's scenarios spread over the communities.
  const nextSameReporter = cycle(fx.voters);
  const nextSameVoter = cycle(ballotVoters);
  const post = (path: string, body: unknown): Request => ({
    method: 'POST',
    path,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return [
    {
      key: 'grid_list',
      label: 'select 20 newest of a grid',
      request: { method: 'GET', path: `/tickets?gridId=${fx.gridId}` },
    },
    {
      key: 'ticket_detail',
      label: 'select ticket + timeline',
      request: { method: 'GET', setupRequest: (req) => ({ ...req, path: `/tickets/${nextTicket()}` }) },
    },
    {
      key: 'create_ticket',
      label: 'insert a ticket row',
      request: {
        setupRequest: (req) => ({
          ...req,
          ...post('/ticket', { buildingId: nextReporter().buildingId, gridId: null }),
        }),
      },
    },
    {
      key: 'cast_ballot',
      label: 'insert a ballot row',
      amount: ballotVoters.length,
      request: { setupRequest: (req) => ({ ...req, ...post('/ballot', { householdId: nextVoter().householdId }) }) },
    },
    {
      key: 'create_ticket_same',
      label: 'ticket + counter + summaries + event + audit + inbox + idempotency, same work',
      request: {
        setupRequest: (req) => {
          const v = nextSameReporter();
          return {
            ...req,
            ...post('/ticket/same-work', {
              communityId: v.communityId,
              userId: v.userId,
              buildingId: v.buildingId,
              key: idempotencyKey(),
              title: BASELINE_TITLE,
              description: '楼道灯坏了，晚上看不见台阶，请尽快修理。',
            }),
          };
        },
      },
    },
    {
      key: 'cast_ballot_same',
      label: 'eligibility + chain entry + ballot + audit + idempotency, same work',
      amount: ballotVoters.length,
      request: {
        setupRequest: (req) => {
          const v = nextSameVoter();
          return {
            ...req,
            ...post('/ballot/same-work', {
              communityId: v.communityId,
              userId: v.userId,
              householdId: v.householdId,
              key: idempotencyKey(),
            }),
          };
        },
        onResponse: (status, body) => {
          if (status === 201) onSameWorkReceipt((JSON.parse(body) as { ballotId: string }).ballotId);
        },
      },
    },
  ];
}
