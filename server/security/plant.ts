/**
 * Plants hostile text into every free-text field the API accepts, through the API itself, as staff
 * and residents would type it. Used by the stored-XSS browser sweep (e2e/xss.e2e.ts, against the demo
 * server) and the spreadsheet formula-injection test (against the test app): both pass a `Call`.
 *
 * WRITERS declares, per route, which free-text body fields it fills; `uncoveredFreeText()` compares
 * that with the free-text fields the route table's schemas declare, so a new free-text field fails
 * the tests until it is planted here (or exempted with a reason).
 */
import { REPORT_SECTIONS } from '../../contract/reports';

export const XSS_PAYLOADS = [
  '<img src=x onerror=window.__xss=1>',
  '"><script>window.__xss=1</script>',
  'javascript:window.__xss=1',
  '{{7*7}}',
];
/** For fields of 20–30 characters: still an element with a handler if it were parsed as HTML. */
const XSS_SHORT = '<svg/onload=__xss=1>';
export const FORMULA_PAYLOADS = ["=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(A1)'];

/** One API call as an account (`null`: signed out). Answers status and parsed JSON. */
export type Call = (
  as: string | null,
  method: string,
  url: string,
  body?: unknown,
) => Promise<{ status: number; body: any }>;

export interface Planted {
  communityId: string;
  estateId: string;
  buildingId: string;
  householdId: string;
  residentId: string;
  organizationId: string;
  consultationId: string;
  topicId: string;
  meetingId: string;
  ticketIds: string[];
  projectId: string;
  /** The closed evaluation round of the planted estate and company. */
  roundId: string;
  activityId: string;
  commitmentId: string;
  referralId: string;
  proposalId: string;
  workOrderId: string;
  carParkId: string;
  vehicleId: string;
  /** fields written, as `METHOD url: field` */
  fields: string[];
}

/** Free-text fields that are never stored or never shown, so nothing can be planted in them. */
export const EXEMPT: Record<string, string> = {
  'POST /api/communities/:communityId/accounts: password': 'hashed, never shown',
  'POST /api/join: password': 'hashed, never shown',
  'POST /api/auth/login: login': 'a credential: compared, not stored',
  'POST /api/auth/login: password': 'a credential: compared, not stored',
  'POST /api/auth/password: oldPassword': 'a credential: compared, not stored',
  'POST /api/auth/password: newPassword': 'hashed, never shown',
  'POST /api/join: code': 'looked up as a hash, never stored or shown',
  'POST /api/communities/:communityId/tickets/category-suggestion: text': 'not stored: answers a suggested category',
  'POST /api/communities/:communityId/meetings/chat-intake: text': 'not stored: answers candidate tickets',
  'POST /api/communities/:communityId/evaluations/:id/rectifications: itemKey':
    "must be a key of the round's rubric (422 otherwise); shown as that item's label",
  'POST /api/communities/:communityId/rectifications/:id/done: note':
    'needs a completion photo first (multipart), which this JSON planter cannot send; shown as plain text (React) in the console and in no export',
  'POST /api/communities/:communityId/activities/:id/check-in: code':
    'the signed code of the check-in QR: must match (422 otherwise), never stored or shown',
  'POST /api/communities/:communityId/activities/:id/check-out: code':
    'the signed code of the check-in QR: must match (422 otherwise), never stored or shown',
  'POST /api/communities/:communityId/work-orders/:id/complete: note':
    'the `data` part of a multipart upload with the site photos, which this JSON planter cannot send; shown as plain text (React) in the console and H5, in no export',
  'POST /api/communities/:communityId/work-orders/:id/accept: comment':
    'accepts only a completed work order, and completing needs the multipart photo upload this JSON planter cannot send; shown as plain text (React), in no export',
  'POST /api/communities/:communityId/topics/:id/evidence: link.type':
    "must be a registered link type (422 otherwise); shown as that type's label",
  'POST /api/communities/:communityId/notices: sourceType':
    "must be a registered notice source (422 otherwise); shown as that source's label",
  'POST /api/communities/:communityId/monthly-reports: month': 'YYYY-MM, checked by its pattern (400 otherwise)',
  'POST /api/communities/:communityId/parking/vehicles: plate':
    'must be a Chinese plate (422 otherwise: letters and digits after the province), stored normalised',
  'POST /api/communities/:communityId/parking/car-parks/:id/rules: note':
    "a rule version needs a topic with a signed decision and its closed consultation, which this planter does not build; shown as plain text (React) on the car park's page and the resident's parking page, in no export",
};

type Ctx = Planted & { n: string; payload: (max?: number) => string };
interface Writer {
  route: string;
  fields: string[];
  as: string | null;
  run(call: Call, c: Ctx): Promise<void>;
}

const C = '/api/communities/:communityId';
const W = (route: string, fields: string[], as: string | null, run: Writer['run']): Writer => ({
  route,
  fields,
  as,
  run,
});

/** The writers, in an order where each finds the records it needs made by the ones before. */
const WRITERS: Writer[] = [
  W(`POST ${C}/estates`, ['name', 'address', 'note'], 'staff', async (call, c) => {
    c.estateId = (
      await must(
        call('staff', 'POST', `${base(c)}/estates`, { name: c.payload(40), address: c.payload(), note: c.payload() }),
      )
    ).id;
  }),
  W(`POST ${C}/grids`, ['name', 'note'], 'staff', async (call, c) => {
    const grid = await must(call('staff', 'POST', `${base(c)}/grids`, { name: c.payload(40), note: c.payload() }));
    await must(call('staff', 'POST', `${base(c)}/grids/${grid.id}/members`, { role: 'other', name: c.payload(40) }));
  }),
  W(`POST ${C}/grids/:id/members`, ['name'], 'staff', async () => {}),
  W(`POST ${C}/buildings`, ['name', 'note'], 'staff', async (call, c) => {
    c.buildingId = (
      await must(
        call('staff', 'POST', `${base(c)}/buildings`, { estateId: c.estateId, name: c.payload(30), note: c.payload() }),
      )
    ).id;
  }),
  W(`POST ${C}/households`, ['room', 'code', 'note'], 'staff', async (call, c) => {
    c.householdId = (
      await must(
        call('staff', 'POST', `${base(c)}/households`, {
          buildingId: c.buildingId,
          room: c.payload(20),
          code: c.payload(28),
          note: c.payload(),
        }),
      )
    ).id;
  }),
  W(`POST ${C}/residents`, ['name', 'note'], 'staff', async (call, c) => {
    c.residentId = (
      await must(
        call('staff', 'POST', `${base(c)}/residents`, {
          householdId: c.householdId,
          name: c.payload(40),
          phone: '13700009999',
          note: c.payload(),
        }),
      )
    ).id;
    await must(
      call('staff', 'POST', `${base(c)}/residents/${c.residentId}/reveal`, { field: 'phone', reason: c.payload() }),
    );
  }),
  W(`POST ${C}/residents/:id/reveal`, ['reason'], 'staff', async () => {}),
  W(`POST ${C}/organizations`, ['name', 'contactName', 'note'], 'staff', async (call, c) => {
    c.organizationId = (
      await must(
        call('staff', 'POST', `${base(c)}/organizations`, {
          kind: 'partner_unit',
          name: c.payload(90),
          contactName: c.payload(40),
          note: c.payload(),
        }),
      )
    ).id;
    await must(
      call('staff', 'POST', `${base(c)}/organizations/${c.organizationId}/members`, {
        name: c.payload(40),
        title: c.payload(40),
      }),
    );
  }),
  W(`POST ${C}/organizations/:id/members`, ['name', 'title'], 'staff', async () => {}),
  // Not a committee role: a planted committee member (who cannot sign in here) would keep a later planting's evaluation round open.
  W(`POST ${C}/accounts`, ['displayName'], 'staff', async (call, c) => {
    await must(
      call('staff', 'POST', `${base(c)}/accounts`, {
        login: `planted${c.n}`,
        displayName: c.payload(40),
        password: `planted-password-${c.n}`,
        roles: ['building_leader'],
      }),
    );
  }),
  W('POST /api/join', ['name'], null, async (call, c) => {
    const codes = await must(call('staff', 'POST', `${base(c)}/buildings/${c.buildingId}/join-codes`));
    const code =
      codes.items.find((x: { householdId: string }) => x.householdId === c.householdId)?.code ?? codes.items[0].code;
    await must(
      call(null, 'POST', '/api/join', {
        code,
        name: c.payload(40),
        phone: phoneOf(c),
        password: `joined-password-${c.n}`,
        login: `joined${c.n}`,
      }),
    );
  }),
  W(
    `POST ${C}/consultations`,
    ['title', 'description', 'questions[].text', 'questions[].options[].label'],
    'staff',
    async (call, c) => {
      const now = Date.now();
      const cons = await must(
        call('staff', 'POST', `${base(c)}/consultations`, {
          title: c.payload(),
          description: c.payload(),
          questions: [
            {
              key: 'q',
              text: c.payload(),
              options: [
                { key: 'a', label: c.payload(90) },
                { key: 'b', label: c.payload(90) },
              ],
            },
          ],
          scope: { kind: 'all' },
          opensAt: new Date(now - 60_000).toISOString(),
          closesAt: new Date(now + 7 * 24 * 3600_000).toISOString(),
          participation: { op: '>=', num: 1, den: 2 },
          approval: { op: '>', num: 1, den: 2 },
        }),
      );
      c.consultationId = cons.id;
      await must(call('staff', 'POST', `${base(c)}/consultations/${cons.id}/open`));
      const ballot = await must(
        call('staff', 'POST', `${base(c)}/consultations/${cons.id}/paper-ballots`, {
          householdId: c.householdId,
          channel: 'paper',
          formNumber: c.payload(36),
          answers: { q: 'a' },
        }),
      );
      await must(
        call(
          'staff',
          'POST',
          `${base(c)}/consultations/${cons.id}/ballots/${ballot.ballotId ?? ballot.id}/corrections`,
          { answers: { q: 'b' }, reason: c.payload(), formNumber: c.payload(36) },
        ),
      );
      // Closed, so the printable report and the published result show the planted text too.
      await must(call('staff', 'POST', `${base(c)}/consultations/${cons.id}/close`));
    },
  ),
  W(`POST ${C}/consultations/:id/paper-ballots`, ['formNumber'], 'staff', async () => {}),
  W(`POST ${C}/consultations/:id/ballots/:ballotId/corrections`, ['reason', 'formNumber'], 'staff', async () => {}),
  W(`POST ${C}/topics`, ['title', 'description'], 'staff', async (call, c) => {
    c.topicId = (
      await must(
        call('staff', 'POST', `${base(c)}/topics`, { title: c.payload(), description: c.payload(), source: 'other' }),
      )
    ).id;
    const topic = `${base(c)}/topics/${c.topicId}`;
    await must(
      call('staff', 'POST', `${topic}/evidence`, {
        kind: 'note',
        text: c.payload(),
        fileRef: 'javascript:window.__xss=1',
      }),
    );
    // Skip to the decision stage, each skip with a hostile reason.
    for (let i = 0; i < 4; i++) await must(call('staff', 'POST', `${topic}/advance`, { skipReason: c.payload() }));
    await must(call('staff', 'PUT', `${topic}/decision`, { text: c.payload() }));
    // A party signs through one of its members: committee1 is on the committee in the fixture and the demo.
    await must(call('committee1', 'POST', `${topic}/signoffs`, { party: 'committee', signerName: c.payload(40) }));
  }),
  W(`POST ${C}/topics/:id/evidence`, ['text', 'fileRef'], 'staff', async () => {}),
  W(`POST ${C}/topics/:id/advance`, ['skipReason'], 'staff', async () => {}),
  W(`PUT ${C}/topics/:id/decision`, ['text'], 'staff', async () => {}),
  W(`POST ${C}/topics/:id/signoffs`, ['signerName'], 'committee1', async () => {}),
  W(`POST ${C}/meetings`, ['title', 'location', 'agenda[].title'], 'staff', async (call, c) => {
    const m = await must(
      call('staff', 'POST', `${base(c)}/meetings`, {
        kind: 'monthly',
        title: c.payload(),
        scheduledAt: new Date(Date.now() + 3600_000).toISOString(),
        location: c.payload(),
        agenda: [{ kind: 'other', title: c.payload() }],
      }),
    );
    c.meetingId = m.id;
    const meeting = `${base(c)}/meetings/${m.id}`;
    await must(call('staff', 'PATCH', meeting, { minutes: c.payload(), decisions: [c.payload(), c.payload()] }));
    await must(
      call('staff', 'PUT', `${meeting}/attendance`, {
        items: [{ party: 'residents', expected: 3, present: 2, names: [c.payload(40), c.payload(40)] }],
      }),
    );
    await must(
      call('staff', 'POST', `${meeting}/action-items`, {
        text: c.payload(),
        ownerName: c.payload(40),
        dueDate: new Date(Date.now() + 7 * 24 * 3600_000).toISOString().slice(0, 10),
      }),
    );
    await must(
      call('staff', 'POST', `${meeting}/close`, { signatures: [{ party: 'committee', name: c.payload(40) }] }),
    );
  }),
  W(`PATCH ${C}/meetings/:id`, ['minutes', 'decisions[]'], 'staff', async () => {}),
  W(`PUT ${C}/meetings/:id/attendance`, ['items[].names[]'], 'staff', async () => {}),
  W(`POST ${C}/meetings/:id/action-items`, ['text', 'ownerName'], 'staff', async () => {}),
  W(`POST ${C}/meetings/:id/close`, ['signatures[].name'], 'staff', async () => {}),
  W(`PUT ${C}/ticket-categories/:code`, ['labelZh', 'labelEn', 'keywords[]'], 'staff', async (call, c) => {
    const cats = await must(call('staff', 'GET', `${base(c)}/ticket-categories`));
    const { code: _code, ...rule } = cats.items[0];
    await must(
      call('staff', 'PUT', `${base(c)}/ticket-categories/planted${c.n}`, {
        ...rule,
        labelZh: c.payload(20),
        labelEn: c.payload(20),
        keywords: [c.payload(20)],
      }),
    );
  }),
  W(`POST ${C}/ticket-templates`, ['text'], 'staff', async (call, c) => {
    await must(call('staff', 'POST', `${base(c)}/ticket-templates`, { state: 'accepted', text: c.payload() }));
  }),
  W(`POST ${C}/tickets`, ['title', 'description', 'area'], 'resident1', async (call, c) => {
    const tickets = `${base(c)}/tickets`;
    const report = async () =>
      (
        await must(
          call('resident1', 'POST', tickets, {
            title: c.payload(60),
            description: c.payload(),
            locationKind: 'public_area',
            area: c.payload(90),
            estateId: c.estateId,
          }),
        )
      ).id as string;
    c.ticketIds = [await report(), await report(), await report(), await report()];
    const [t1, t2, t3, t4] = c.ticketIds.map((id) => `${tickets}/${id}`);
    for (const t of [t1, t2]) {
      await must(call('staff', 'POST', `${t}/transition`, { to: 'accepted', message: c.payload() }));
      await must(call('staff', 'POST', `${t}/transition`, { to: 'resolved', message: c.payload() }));
    }
    await must(call('resident1', 'POST', `${t1}/reopen`, { reason: c.payload() }));
    await must(call('resident1', 'POST', `${t2}/confirm`, { satisfaction: 3, comment: c.payload() }));
    await must(call('staff', 'POST', `${t3}/transition`, { to: 'rejected', reason: c.payload() }));
    await must(call('staff', 'POST', `${t4}/merge`, { intoTicketId: c.ticketIds[0], reason: c.payload() }));
    await must(call('staff', 'POST', `${t1}/comments`, { message: c.payload() }));
    await must(call('resident1', 'POST', `${t1}/comments`, { message: c.payload() }));
    await must(call('staff', 'POST', `${t1}/links`, { targetType: 'topic', targetId: c.topicId, note: c.payload() }));
    await must(call('staff', 'POST', `${t1}/joins`, { onBehalfOfResidentId: c.residentId, message: c.payload() }));
  }),
  W(`POST ${C}/tickets/:id/transition`, ['message', 'reason'], 'staff', async () => {}),
  W(`POST ${C}/tickets/:id/reopen`, ['reason'], 'resident1', async () => {}),
  W(`POST ${C}/tickets/:id/confirm`, ['comment'], 'resident1', async () => {}),
  W(`POST ${C}/tickets/:id/merge`, ['reason'], 'staff', async () => {}),
  W(`POST ${C}/tickets/:id/comments`, ['message'], 'staff', async () => {}),
  W(`POST ${C}/tickets/:id/links`, ['note'], 'staff', async () => {}),
  W(`POST ${C}/tickets/:id/joins`, ['message'], 'staff', async () => {}),
  W(
    `POST ${C}/projects`,
    ['name', 'program', 'funder', 'description', 'items[].name', 'items[].unit'],
    'staff',
    async (call, c) => {
      c.projectId = (
        await must(
          call('staff', 'POST', `${base(c)}/projects`, {
            name: c.payload(),
            program: c.payload(),
            funder: c.payload(90),
            year: 2025,
            budgetFen: 100_000,
            description: c.payload(),
            items: [{ name: c.payload(90), quantity: 1, unit: c.payload(10) }],
            topicId: c.topicId,
          }),
        )
      ).id;
      await must(
        call('staff', 'POST', `${base(c)}/projects/${c.projectId}/spending`, {
          amountFen: 100,
          payee: c.payload(90),
          spentOn: '2025-06-01',
          note: c.payload(),
        }),
      );
      // Published, so the public disclosure shows the planted text too.
      await must(call('staff', 'PATCH', `${base(c)}/projects/${c.projectId}`, { published: true }));
    },
  ),
  W(`POST ${C}/projects/:id/spending`, ['payee', 'note'], 'staff', async () => {}),
  W(
    `POST ${C}/pairing-agreements`,
    ['title', 'contacts[].name', 'contacts[].title', 'offers'],
    'staff',
    async (call, c) => {
      await must(
        call('staff', 'POST', `${base(c)}/pairing-agreements`, {
          organizationId: c.organizationId,
          title: c.payload(),
          signedOn: '2024-03-01',
          contacts: [{ name: c.payload(40), title: c.payload(40) }],
          offers: c.payload(),
        }),
      );
    },
  ),
  W(`POST ${C}/resource-offers`, ['title', 'description'], 'staff', async (call, c) => {
    const offer = await must(
      call('staff', 'POST', `${base(c)}/resource-offers`, {
        title: c.payload(),
        description: c.payload(),
        kind: 'goods',
      }),
    );
    const donation = await must(
      call('staff', 'POST', `${base(c)}/donations`, {
        item: c.payload(),
        quantity: 1,
        unit: c.payload(10),
        valueFen: 100,
        donorName: c.payload(90),
        destination: c.payload(),
        receivedOn: '2024-05-01',
        offerId: offer.id,
      }),
    );
    const need = await must(
      call('staff', 'POST', `${base(c)}/needs`, { title: c.payload(), description: c.payload() }),
    );
    await must(call('staff', 'POST', `${base(c)}/needs/${need.id}/match`, { offerId: offer.id }));
    await must(call('staff', 'POST', `${base(c)}/needs/${need.id}/met`, { donationId: donation.id }));
  }),
  W(`POST ${C}/donations`, ['item', 'unit', 'donorName', 'destination'], 'staff', async () => {}),
  W(`POST ${C}/needs`, ['title', 'description'], 'staff', async () => {}),
  // Last, so the writers before keep the payloads they had; the round's committee is the fixture's (or the demo's), who can all score it.
  W(`PUT ${C}/evaluation-rubric`, ['items[].labelZh', 'items[].labelEn'], 'staff', async (call, c) => {
    const keys = ['cleaning', 'greening', 'order_parking', 'repairs', 'service', 'presence'];
    await must(
      call('staff', 'PUT', `${base(c)}/evaluation-rubric`, {
        items: keys.map((key, i) => ({
          key,
          labelZh: c.payload(40),
          labelEn: c.payload(60),
          weight: [20, 15, 20, 20, 15, 10][i],
        })),
      }),
    );
    const company = (
      await must(call('staff', 'POST', `${base(c)}/organizations`, { kind: 'property_company', name: c.payload(90) }))
    ).id;
    const round = await must(
      call('staff', 'POST', `${base(c)}/evaluations`, {
        estateId: c.estateId,
        companyId: company,
        quarter: '2031-Q1',
        deadlineAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      }),
    );
    const sheet = { items: Object.fromEntries(keys.map((k) => [k, { score: 80, comment: c.payload() }])) };
    // Every committee account that exists here scores, so the round closes and its result reaches the export.
    for (const as of ['committee1', 'committee2', 'committee3', 'committee4', 'committee5']) {
      try {
        await call(as, 'POST', `${base(c)}/evaluations/${round.id}/scores`, sheet);
      } catch {
        // Not an account of this world (the server fixture has two committee members).
      }
    }
    c.roundId = round.id;
    await must(
      call('staff', 'POST', `${base(c)}/evaluations/${round.id}/rectifications`, {
        title: c.payload(100),
        detail: c.payload(),
        dueDate: '2031-06-30',
      }),
    );
  }),
  W(`POST ${C}/evaluations/:id/rectifications`, ['title', 'detail'], 'staff', async () => {}),
  // Activities, party members' lists, referrals, proposals, work orders and the duty roster: after the
  // evaluations for the same reason (the writers before keep their payloads).
  W(`POST ${C}/activities`, ['title', 'description', 'location'], 'staff', async (call, c) => {
    // Under way, so a walk-in can be recorded against it.
    const now = Date.now();
    c.activityId = (
      await must(
        call('staff', 'POST', `${base(c)}/activities`, {
          kind: 'festival',
          title: c.payload(),
          description: c.payload(),
          location: c.payload(),
          startsAt: new Date(now - 60_000).toISOString(),
          endsAt: new Date(now + 4 * 3600_000).toISOString(),
          capacity: 50,
        }),
      )
    ).id;
    await must(
      call('staff', 'POST', `${base(c)}/activities/${c.activityId}/walk-ins`, {
        name: c.payload(50),
        partyMember: true,
        minutes: 60,
      }),
    );
  }),
  W(`POST ${C}/activities/:id/walk-ins`, ['name'], 'staff', async () => {}),
  W(`POST ${C}/party-commitments`, ['memberName', 'text'], 'staff', async (call, c) => {
    const member = await must(
      call('staff', 'POST', `${base(c)}/accounts`, {
        login: `party${c.n}`,
        displayName: `党员${c.n}`,
        password: `planted-password-${c.n}`,
        roles: ['party_member'],
      }),
    );
    c.commitmentId = (
      await must(
        call('staff', 'POST', `${base(c)}/party-commitments`, {
          userId: member.id,
          memberName: c.payload(50),
          year: new Date().getUTCFullYear(),
          kind: 'visit_households',
          text: c.payload(),
          target: 10,
        }),
      )
    ).id;
    await must(
      call('staff', 'POST', `${base(c)}/party-commitments/${c.commitmentId}/entries`, {
        amount: 1,
        note: c.payload(),
        date: new Date().toISOString().slice(0, 10),
      }),
    );
  }),
  W(`POST ${C}/party-commitments/:id/entries`, ['note'], 'staff', async () => {}),
  W(`POST ${C}/referrals`, ['contactName', 'need'], 'staff', async (call, c) => {
    const department = (
      await must(call('staff', 'POST', `${base(c)}/organizations`, { kind: 'department', name: c.payload(90) }))
    ).id;
    const expectedDate = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    c.referralId = (
      await must(
        call('staff', 'POST', `${base(c)}/referrals`, {
          ticketId: c.ticketIds[0],
          departmentId: department,
          contactName: c.payload(50),
          need: c.payload(),
          expectedDate,
        }),
      )
    ).id;
    // A second one stays outstanding (挂账), so both lists show planted text.
    await must(
      call('staff', 'POST', `${base(c)}/referrals`, {
        ticketId: c.ticketIds[1],
        departmentId: department,
        contactName: c.payload(50),
        need: c.payload(),
        expectedDate,
      }),
    );
    await must(call('staff', 'POST', `${base(c)}/referrals/${c.referralId}/response`, { response: c.payload() }));
  }),
  W(`POST ${C}/referrals/:id/response`, ['response'], 'staff', async () => {}),
  W(`POST ${C}/proposals`, ['title', 'problem', 'suggestion', 'addressee'], 'staff', async (call, c) => {
    c.proposalId = (
      await must(
        call('staff', 'POST', `${base(c)}/proposals`, {
          title: c.payload(),
          problem: c.payload(),
          suggestion: c.payload(),
          addressee: c.payload(),
        }),
      )
    ).id;
    await must(
      call('staff', 'POST', `${base(c)}/proposals/${c.proposalId}/logs`, {
        date: new Date().toISOString().slice(0, 10),
        text: c.payload(),
      }),
    );
    await must(call('staff', 'POST', `${base(c)}/proposals/${c.proposalId}/outcome`, { outcome: c.payload() }));
  }),
  W(`POST ${C}/proposals/:id/logs`, ['text'], 'staff', async () => {}),
  W(`POST ${C}/proposals/:id/outcome`, ['outcome'], 'staff', async () => {}),
  W(`PUT ${C}/fee-list`, ['items[].name', 'items[].unit', 'note'], 'staff', async (call, c) => {
    // The published items stay (a world's work orders quote from them); one planted item is added.
    const current = (await must(call('staff', 'GET', `${base(c)}/fee-list`))).items as Array<Record<string, unknown>>;
    const items = current.map(({ id: _id, ...item }) => item);
    const list = await must(
      call('staff', 'PUT', `${base(c)}/fee-list`, {
        items: [
          ...items,
          { code: `PL-${c.n}`, name: c.payload(100), unit: c.payload(20), unitPriceFen: 100, standardHours: 1 },
        ],
        note: c.payload(),
      }),
    );
    const feeItemId = list.items.find((i: { code: string }) => i.code === `PL-${c.n}`).id;
    await must(call('staff', 'POST', `${base(c)}/funds/emergency/deposits`, { amountFen: 100, note: c.payload() }));
    // An emergency order starts without sign-off and then awaits review.
    const order = await must(
      call('staff', 'POST', `${base(c)}/work-orders`, {
        title: c.payload(),
        description: c.payload(),
        source: 'inspection',
        location: c.payload(),
        emergency: true,
        fundingSource: 'donation',
        fundingRef: c.payload(),
      }),
    );
    c.workOrderId = order.id;
    const wo = `${base(c)}/work-orders/${order.id}`;
    await must(
      call('staff', 'PATCH', wo, {
        title: c.payload(),
        description: c.payload(),
        location: c.payload(),
        fundingRef: c.payload(),
        assigneeKind: 'vendor',
        assigneeName: c.payload(100),
        executorName: c.payload(100),
      }),
    );
    await must(call('staff', 'PUT', `${wo}/quote`, { items: [{ feeItemId, quantity: 1 }] }));
    await must(call('staff', 'POST', `${wo}/start`));
    await must(call('staff', 'POST', `${wo}/review`, { note: c.payload() }));
  }),
  W(`POST ${C}/funds/:fund/deposits`, ['note'], 'staff', async () => {}),
  W(`POST ${C}/work-orders`, ['title', 'description', 'location', 'fundingRef'], 'staff', async () => {}),
  W(
    `PATCH ${C}/work-orders/:id`,
    ['title', 'description', 'location', 'fundingRef', 'assigneeName', 'executorName'],
    'staff',
    async () => {},
  ),
  W(`POST ${C}/work-orders/:id/review`, ['note'], 'staff', async () => {}),
  W(`POST ${C}/work-orders/:id/cancel`, ['reason'], 'staff', async (call, c) => {
    const order = await must(
      call('staff', 'POST', `${base(c)}/work-orders`, {
        title: c.payload(),
        source: 'inspection',
        location: c.payload(),
        fundingSource: 'property',
      }),
    );
    await must(call('staff', 'POST', `${base(c)}/work-orders/${order.id}/cancel`, { reason: c.payload() }));
  }),
  W(`POST ${C}/parking/car-parks`, ['name', 'note'], 'staff', async (call, c) => {
    c.carParkId = (
      await must(
        call('staff', 'POST', `${base(c)}/parking/car-parks`, {
          name: c.payload(100),
          estateId: c.estateId,
          totalSpaces: 10,
          openedOn: '2025-01-01',
          note: c.payload(),
        }),
      )
    ).id;
    await must(
      call('staff', 'POST', `${base(c)}/parking/car-parks/${c.carParkId}/spaces`, { numbers: [c.payload(20)] }),
    );
  }),
  W(`POST ${C}/parking/car-parks/:id/spaces`, ['numbers[]'], 'staff', async () => {}),
  W(`POST ${C}/parking/vehicles`, ['note'], 'staff', async (call, c) => {
    // A plate of this planting run (the R series, digits from the run's id), so runs never collide.
    const plate = `沪R${String(parseInt(c.n, 36) % 100_000).padStart(5, '0')}`;
    c.vehicleId = (
      await must(
        call('staff', 'POST', `${base(c)}/parking/vehicles`, { householdId: c.householdId, plate, note: c.payload() }),
      )
    ).id;
    await must(call('staff', 'POST', `${base(c)}/parking/vehicles/${c.vehicleId}/reveal`, { reason: c.payload() }));
  }),
  W(`POST ${C}/parking/vehicles/:id/reveal`, ['reason'], 'staff', async () => {}),
  W(`POST ${C}/notices/:id/withdraw`, ['reason'], 'staff', async (call, c) => {
    // The planted activity announced (its planted title shows on the notice), then withdrawn with a planted reason.
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const notice = await must(
      call('staff', 'POST', `${base(c)}/notices`, {
        sourceType: 'activity',
        sourceId: c.activityId,
        periodFrom: day(Date.now()),
        periodTo: day(Date.now() + 7 * 86_400_000),
      }),
    );
    await must(call('staff', 'POST', `${base(c)}/notices/${notice.id}/withdraw`, { reason: c.payload() }));
  }),
  W(
    `PATCH ${C}/monthly-reports/:month`,
    REPORT_SECTIONS.map((s) => `sections.${s}`),
    'staff',
    async (call, c) => {
      // A report of a month long past (this month's is the e2e's to generate and finalise), every text section
      // planted. One per month: a second planting run in the same community edits the same draft.
      const month = PLANTED_REPORT_MONTH;
      const created = await call('staff', 'POST', `${base(c)}/monthly-reports`, { month });
      if (created.status !== 201 && created.status !== 409) await must(Promise.resolve(created));
      const sections = Object.fromEntries(REPORT_SECTIONS.map((s) => [s, c.payload()]));
      await must(call('staff', 'PATCH', `${base(c)}/monthly-reports/${month}`, { sections }));
    },
  ),
  W(`POST ${C}/duty-shifts`, ['staffName', 'note'], 'staff', async (call, c) => {
    // On duty now, so the resident's H5 duty page shows it too.
    const start = Date.now() - 60_000;
    await must(
      call('staff', 'POST', `${base(c)}/duty-shifts`, {
        staffName: c.payload(50),
        phone: '021-57601234',
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + 8 * 3600_000).toISOString(),
        note: c.payload(),
      }),
    );
  }),
];

/** The month of the planted monthly report (the console's 月报 editor and print view show its sections). */
export const PLANTED_REPORT_MONTH = '2020-01';

/** A phone number of this planting run: logins and phones are unique across accounts. */
const phoneOf = (c: Ctx) => `1370${String(parseInt(c.n, 36) % 1e7).padStart(7, '0')}`;
const base = (c: Ctx) => `/api/communities/${c.communityId}`;
async function must(p: Promise<{ status: number; body: any }>) {
  const r = await p;
  if (r.status >= 300) throw new Error(`planting failed: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
  return r.body;
}

/**
 * Runs every writer once, each free-text field getting the next payload of the list (so every
 * payload lands in many fields); a payload longer than a field allows becomes the short one.
 */
export async function plant(call: Call, communityId: string, payloads: string[]): Promise<Planted> {
  let i = 0;
  const c = { communityId, ticketIds: [], fields: [], n: Math.random().toString(36).slice(2, 8) } as unknown as Ctx;
  c.payload = (max = 200) => {
    const p = payloads[i++ % payloads.length];
    if (p.length <= max) return p;
    if (payloads === XSS_PAYLOADS && XSS_SHORT.length <= max) return XSS_SHORT;
    return payloads.find((x) => x.length <= max) ?? p.slice(0, max);
  };
  for (const w of WRITERS) {
    await w.run(call, c);
    c.fields.push(...w.fields.map((f) => `${w.route}: ${f}`));
  }
  const { n: _n, payload: _p, ...planted } = c;
  return planted;
}

/**
 * Free-text fields of the route table (from the OpenAPI body schemas) that no writer plants and no
 * exemption explains. A PATCH is covered by the POST of its collection when that plants the same fields.
 */
export function uncoveredFreeText(declared: Array<{ route: string; field: string }>): string[] {
  const planted = new Set(WRITERS.flatMap((w) => w.fields.map((f) => `${w.route}: ${f}`)));
  return declared
    .map((d) => `${d.route}: ${d.field}`)
    .filter((key) => {
      if (planted.has(key) || EXEMPT[key]) return false;
      const asPost = key.replace(/^PATCH (\S+)\/:[A-Za-z]+: /, 'POST $1: ');
      return !planted.has(asPost);
    });
}
