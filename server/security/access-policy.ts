/**
 * The access policy, pinned: who may call each /api route, written down here by hand and read in
 * review. `server/access-matrix.test.ts` checks the running app against this table, not against the
 * server's own policy code, so a wrong rule in a `*.policy.ts` or a service fails the test.
 *
 * One line per route, `METHOD /path`:
 * - `public`: anyone; signed out it answers 2xx.
 * - `signedIn`: any account answers 2xx; signed out 401.
 * - a list of roles (`admin` = the platform admin): in a community where the caller holds one of
 *   them, 2xx; where the caller holds other roles only (or is the admin, not listed), 403; in a
 *   community where the caller holds no role at all, 404 (its existence is not confirmed); signed
 *   out, 401.
 * - `owner`: fixture accounts allowed as the owner of the sample record, beside `who`.
 * - `denied: 404`: every signed-in caller outside `who` gets 404, member or not.
 * - `except`: fixture accounts answering otherwise, with why. Keys are logins of
 *   `server/testing/fixture.ts` (community A), or `login@B` for community B. The sample records the
 *   matrix uses are in community A's grid 1 (第一网格, 1号楼), ticket reported by `resident1`.
 *
 * Roles (server/core/policy/policy.ts ROLES); the fixture accounts hold, in community A:
 * staff: staff · secretary: party_branch deputy party_member · property: property_manager ·
 * specialist: property_specialist grid_member(grid 1) · committee1: committee · committee2: committee
 * party_member · leader1: building_leader grid_member(grid 1) · leader2: building_leader
 * grid_member(grid 2) · resident1, resident2, resident3: resident representative · resident1b:
 * resident (same household as resident1) — and in community B: staffB: staff · residentB: resident
 * representative. admin: platform admin, no role anywhere.
 */
export type Who = 'public' | 'signedIn' | string[];
export interface PolicyLine {
  who: Who;
  /** The answer to a signed-in caller outside `who`, when it is not the usual 403/404 (a service that hides the record from everyone else). */
  denied?: 404;
  owner?: string[];
  /** Only the signed-out call is made: a signed-in one would change the fixture accounts' own credentials (covered by server/security/sign-in.test.ts). */
  anonOnly?: true;
  except?: Record<string, number>;
}

/** Everyone who serves the community (org.read). */
const SERVING = [
  'admin',
  'staff',
  'party_branch',
  'committee',
  'building_leader',
  'grid_member',
  'property_manager',
  'property_specialist',
  'deputy',
];
/** Anyone holding any role in the community. */
const MEMBER = [...SERVING, 'party_member', 'resident', 'representative'];
const STAFF = ['admin', 'staff'];
/** Roles holding at least one module's ledger right (reports.ledgers). */
const LEDGER_HOLDERS = ['admin', 'staff', 'party_branch', 'property_manager', 'property_specialist', 'deputy'];
const RUNS = ['admin', 'staff', 'party_branch'];
const PARKING_READERS = [
  'admin',
  'staff',
  'party_branch',
  'committee',
  'property_manager',
  'property_specialist',
  'deputy',
];
const PARKING_MANAGERS = ['admin', 'staff', 'property_manager'];
const PARTICIPANTS = [
  'admin',
  'staff',
  'party_branch',
  'committee',
  'building_leader',
  'property_manager',
  'property_specialist',
  'deputy',
];
const READERS = [...PARTICIPANTS, 'grid_member', 'party_member'];
const HANDLERS = [
  'admin',
  'staff',
  'party_branch',
  'grid_member',
  'building_leader',
  'property_specialist',
  'property_manager',
  'technician',
];
const RECORDERS = ['admin', 'staff', 'party_branch', 'grid_member', 'building_leader', 'property_specialist'];

/** Ticket rights narrow inside the gate: a handler outside the ticket's grid, or a member who is not a handler, reporter or supporter, gets 404. */
const NOT_ON_TICKET = {
  property: 404,
  committee1: 404,
  committee2: 404,
  leader2: 404,
  resident1b: 404,
  resident2: 404,
  resident3: 404,
};
const C = '/api/communities/:communityId';
const WORK_ORDER_MANAGERS = ['admin', 'staff', 'party_branch', 'property_manager', 'property_specialist'];
const DUTY_MANAGERS = ['admin', 'staff', 'property_manager'];

export const ACCESS_POLICY: Record<string, PolicyLine> = {
  'GET /api/health': { who: 'public' },
  'GET /api/openapi.json': { who: 'public' },
  'POST /api/auth/login': { who: 'public' },
  'POST /api/auth/logout': { who: 'public' },
  'GET /api/me': { who: 'signedIn' },
  'POST /api/auth/password': { who: 'signedIn', anonOnly: true },
  'GET /api/communities': { who: 'signedIn' },
  'POST /api/join': { who: 'public' },

  // Community structure: everyone serving reads it, community staff change it.
  [`GET ${C}`]: { who: SERVING },
  [`GET ${C}/estates`]: { who: SERVING },
  [`POST ${C}/estates`]: { who: STAFF },
  [`PATCH ${C}/estates/:id`]: { who: STAFF },
  [`GET ${C}/grids`]: { who: SERVING },
  [`POST ${C}/grids`]: { who: STAFF },
  [`PATCH ${C}/grids/:id`]: { who: STAFF },
  [`GET ${C}/grids/:id/members`]: { who: SERVING },
  [`POST ${C}/grids/:id/members`]: { who: STAFF },
  [`PATCH ${C}/grids/:id/members/:memberId`]: { who: STAFF },
  [`DELETE ${C}/grids/:id/members/:memberId`]: { who: STAFF },
  [`GET ${C}/buildings`]: { who: SERVING },
  [`POST ${C}/buildings`]: { who: STAFF },
  [`PATCH ${C}/buildings/:id`]: { who: STAFF },
  [`POST ${C}/buildings/:id/join-codes`]: { who: STAFF },
  [`GET ${C}/households`]: { who: SERVING },
  [`GET ${C}/households/:id`]: { who: SERVING },
  // Any signed-in account passes the gate; the service answers 404 to one without a household in the community.
  [`GET ${C}/my/household`]: { who: ['resident'], denied: 404 },
  [`POST ${C}/households`]: { who: STAFF },
  [`PATCH ${C}/households/:id`]: { who: STAFF },
  [`PUT ${C}/households/:id/representative`]: { who: STAFF },
  [`GET ${C}/residents`]: { who: SERVING },
  // A grid team sees the residents of its own grid only (the sample is in grid 1).
  [`GET ${C}/residents/:id`]: { who: SERVING, except: { property: 404, leader2: 404 } },
  [`POST ${C}/residents`]: { who: STAFF },
  [`PATCH ${C}/residents/:id`]: { who: STAFF },
  // Full phone and ID numbers: community staff only, each reveal audited.
  [`POST ${C}/residents/:id/reveal`]: { who: STAFF },
  [`GET ${C}/organizations`]: { who: SERVING },
  [`POST ${C}/organizations`]: { who: STAFF },
  [`PATCH ${C}/organizations/:id`]: { who: STAFF },
  [`GET ${C}/organizations/:id/members`]: { who: SERVING },
  [`POST ${C}/organizations/:id/members`]: { who: STAFF },
  [`PATCH ${C}/organizations/:id/members/:memberId`]: { who: STAFF },
  [`DELETE ${C}/organizations/:id/members/:memberId`]: { who: STAFF },
  [`GET ${C}/accounts`]: { who: STAFF },
  [`POST ${C}/accounts`]: { who: STAFF },
  [`PUT ${C}/accounts/:userId/roles`]: { who: STAFF },
  [`GET ${C}/audit`]: { who: RUNS },
  [`GET ${C}/rosters/template.xlsx`]: { who: STAFF },
  [`GET ${C}/rosters/households.xlsx`]: { who: SERVING },
  [`GET ${C}/rosters/residents.xlsx`]: { who: SERVING },
  [`POST ${C}/rosters/import`]: { who: STAFF },

  // Consultations: staff and the party branch run them; representatives vote; results are public.
  [`GET ${C}/consultations`]: { who: MEMBER },
  [`POST ${C}/consultations`]: { who: RUNS },
  [`GET ${C}/consultations/:id`]: { who: MEMBER },
  [`PATCH ${C}/consultations/:id`]: { who: RUNS },
  [`POST ${C}/consultations/:id/open`]: { who: RUNS },
  [`POST ${C}/consultations/:id/close`]: { who: RUNS },
  // The household representative only, never the admin by virtue of being admin.
  [`POST ${C}/consultations/:id/ballots`]: { who: ['resident', 'representative'], except: { resident1b: 403 } },
  [`POST ${C}/consultations/:id/paper-ballots`]: { who: RUNS },
  [`POST ${C}/consultations/:id/ballots/:ballotId/confirm`]: { who: RUNS },
  [`POST ${C}/consultations/:id/ballots/:ballotId/corrections`]: { who: RUNS },
  [`GET ${C}/consultations/:id/eligible`]: { who: RUNS },
  [`GET ${C}/consultations/:id/pending`]: { who: RUNS },
  // The staff archive (household codes next to answers): staff and the party branch only; the public archive is below.
  [`GET ${C}/consultations/:id/archive`]: { who: RUNS },
  [`GET ${C}/consultations/:id/report`]: {
    who: ['admin', 'staff', 'party_branch', 'committee', 'building_leader', 'deputy'],
  },
  [`GET ${C}/consultations/:id/turnout`]: {
    who: ['admin', 'staff', 'party_branch', 'committee', 'building_leader', 'deputy'],
  },
  'GET /api/public/consultations/:id': { who: 'public' },
  'GET /api/public/consultations/:id/archive': { who: 'public' },
  'GET /api/public/consultations/:id/proofs/:hash': { who: 'public' },
  'GET /api/public/consultations/:id/receipts/:hash': { who: 'public' },

  // 物业考评: the committee scores; staff and the branch run rounds; the property company reports rectifications done.
  [`GET ${C}/evaluation-rubric`]: { who: MEMBER },
  [`PUT ${C}/evaluation-rubric`]: { who: RUNS },
  [`GET ${C}/evaluations`]: { who: MEMBER },
  [`POST ${C}/evaluations`]: { who: RUNS },
  [`GET ${C}/evaluations/trend`]: { who: MEMBER },
  [`GET ${C}/evaluations/export.xlsx`]: { who: RUNS },
  [`GET ${C}/evaluations/:id`]: { who: MEMBER },
  [`POST ${C}/evaluations/:id/scores`]: { who: ['committee'] },
  [`POST ${C}/evaluations/:id/rectifications`]: { who: ['admin', 'staff', 'party_branch', 'committee'] },
  [`GET ${C}/rectifications`]: { who: MEMBER },
  [`POST ${C}/rectifications/:id/photos`]: { who: ['admin', 'staff', 'property_manager', 'property_specialist'] },
  [`POST ${C}/rectifications/:id/done`]: { who: ['admin', 'staff', 'property_manager', 'property_specialist'] },
  [`GET ${C}/rectifications/:id/photos/:photoId`]: { who: MEMBER },
  'GET /api/public/evaluations/:id': { who: 'public' },
  'GET /api/towns/:townId/evaluations': { who: ['admin'], denied: 404 },

  // 四方议事 topics.
  [`GET ${C}/topics`]: { who: READERS },
  [`GET ${C}/topics/stats`]: { who: READERS },
  [`POST ${C}/topics`]: { who: RUNS },
  [`GET ${C}/topics/:id`]: { who: READERS },
  [`PATCH ${C}/topics/:id`]: { who: RUNS },
  [`POST ${C}/topics/:id/advance`]: { who: RUNS },
  [`POST ${C}/topics/:id/evidence`]: { who: PARTICIPANTS },
  [`POST ${C}/topics/:id/tickets`]: { who: RUNS },
  [`DELETE ${C}/topics/:id/tickets/:ticketId`]: { who: RUNS },
  [`PUT ${C}/topics/:id/decision`]: { who: RUNS },
  // Each of the four parties signs for itself: staff and the admin belong to none of them.
  [`POST ${C}/topics/:id/signoffs`]: {
    who: PARTICIPANTS,
    except: { admin: 403, staff: 403, 'admin@B': 403, 'staffB@B': 403 },
  },

  // Work orders (维修), fee list, funds and the duty roster (驻扎值班).
  [`GET ${C}/fee-list`]: { who: SERVING },
  [`PUT ${C}/fee-list`]: { who: RUNS },
  [`GET ${C}/work-order-settings`]: { who: SERVING },
  [`PUT ${C}/work-order-settings`]: { who: RUNS },
  [`GET ${C}/funds`]: { who: SERVING },
  [`GET ${C}/funds/:fund`]: { who: SERVING },
  [`POST ${C}/funds/:fund/deposits`]: { who: RUNS },
  [`PUT ${C}/funds/:fund/budget`]: { who: RUNS },
  // Residents pass the gate and see only work orders from their own tickets (the sample comes from an inspection).
  [`GET ${C}/work-orders`]: { who: MEMBER },
  [`POST ${C}/work-orders`]: { who: WORK_ORDER_MANAGERS },
  [`GET ${C}/work-orders/:id`]: { who: SERVING, denied: 404 },
  [`PATCH ${C}/work-orders/:id`]: { who: WORK_ORDER_MANAGERS },
  [`PUT ${C}/work-orders/:id/quote`]: { who: WORK_ORDER_MANAGERS },
  // A committee member and community staff sign, as people: not the admin by virtue of being admin.
  [`POST ${C}/work-orders/:id/signoffs`]: { who: ['committee', 'staff'] },
  [`POST ${C}/work-orders/:id/start`]: { who: WORK_ORDER_MANAGERS },
  [`POST ${C}/work-orders/:id/complete`]: { who: WORK_ORDER_MANAGERS },
  [`GET ${C}/work-orders/:id/photos/:photoId`]: { who: SERVING, denied: 404 },
  // The reporter or the committee accepts; a resident who did not report the ticket does not see the order at all.
  [`POST ${C}/work-orders/:id/accept`]: {
    who: ['committee'],
    except: { resident1: 404, resident1b: 404, resident2: 404, resident3: 404, 'residentB@B': 404 },
  },
  [`POST ${C}/work-orders/:id/review`]: { who: ['admin', 'staff', 'party_branch', 'committee'] },
  [`POST ${C}/work-orders/:id/cancel`]: { who: WORK_ORDER_MANAGERS },
  [`GET ${C}/duty-shifts`]: { who: SERVING },
  [`POST ${C}/duty-shifts`]: { who: DUTY_MANAGERS },
  [`DELETE ${C}/duty-shifts/:id`]: { who: DUTY_MANAGERS },
  [`POST ${C}/duty-shifts/:id/swap`]: { who: DUTY_MANAGERS },
  [`GET ${C}/duty/now`]: { who: MEMBER },

  // Meetings.
  [`GET ${C}/meetings`]: { who: READERS },
  [`GET ${C}/meetings/stats`]: { who: READERS },
  [`GET ${C}/meetings/action-items`]: { who: READERS },
  [`POST ${C}/meetings/chat-intake`]: { who: RUNS },
  [`POST ${C}/meetings`]: { who: RUNS },
  [`GET ${C}/meetings/:id`]: { who: READERS },
  [`PATCH ${C}/meetings/:id`]: { who: RUNS },
  [`PUT ${C}/meetings/:id/attendance`]: { who: RUNS },
  [`POST ${C}/meetings/:id/close`]: { who: RUNS },
  [`POST ${C}/meetings/:id/action-items`]: { who: RUNS },
  [`PATCH ${C}/meetings/:id/action-items/:itemId`]: { who: PARTICIPANTS },

  // Tickets (民呼我应).
  [`POST ${C}/tickets/category-suggestion`]: { who: MEMBER },
  [`GET ${C}/ticket-categories`]: { who: MEMBER },
  [`PUT ${C}/ticket-categories/:code`]: { who: STAFF },
  [`GET ${C}/ticket-category-lessons`]: { who: STAFF },
  [`DELETE ${C}/ticket-category-lessons`]: { who: STAFF },
  [`DELETE ${C}/ticket-category-lessons/:ticketId`]: { who: STAFF },
  [`GET ${C}/ticket-templates`]: { who: MEMBER },
  [`POST ${C}/ticket-templates`]: { who: STAFF },
  [`DELETE ${C}/ticket-templates/:templateId`]: { who: STAFF },
  [`POST ${C}/tickets`]: { who: ['resident', ...RECORDERS] },
  [`GET ${C}/tickets`]: { who: MEMBER },
  [`GET ${C}/tickets/overdue`]: { who: HANDLERS },
  'GET /api/communities/:communityId/tickets/board': { who: 'public' },
  [`GET ${C}/tickets/figures`]: { who: RUNS },
  [`GET ${C}/tickets/ledger.xlsx`]: { who: RUNS },
  [`GET ${C}/tickets/qr`]: { who: HANDLERS },
  [`GET ${C}/tickets/places`]: { who: MEMBER },
  [`GET ${C}/tickets/assignees`]: { who: HANDLERS },
  [`GET ${C}/tickets/linked`]: { who: HANDLERS },
  // All or none: a handler who may not handle every ticket listed is refused.
  [`POST ${C}/tickets/bulk-assign`]: { who: HANDLERS, except: { property: 404, leader2: 404 } },
  [`GET ${C}/tickets/:id`]: { who: MEMBER, except: NOT_ON_TICKET },
  [`GET ${C}/tickets/:id/photos/:photoId`]: { who: MEMBER, except: NOT_ON_TICKET },
  [`POST ${C}/tickets/:id/transition`]: { who: HANDLERS, except: { property: 404, leader2: 404 } },
  // The reporter only: others who see the ticket 403 not_your_ticket, the rest 404.
  [`POST ${C}/tickets/:id/confirm`]: {
    who: MEMBER,
    except: {
      ...NOT_ON_TICKET,
      admin: 403,
      staff: 403,
      secretary: 403,
      specialist: 403,
      leader1: 403,
      'admin@B': 403,
      'staffB@B': 403,
    },
  },
  [`POST ${C}/tickets/:id/reopen`]: {
    who: MEMBER,
    except: {
      ...NOT_ON_TICKET,
      admin: 403,
      staff: 403,
      secretary: 403,
      specialist: 403,
      leader1: 403,
      'admin@B': 403,
      'staffB@B': 403,
    },
  },
  [`POST ${C}/tickets/:id/comments`]: { who: MEMBER, except: NOT_ON_TICKET },
  [`POST ${C}/tickets/:id/assignee`]: { who: HANDLERS, except: { property: 404, leader2: 404 } },
  [`POST ${C}/tickets/:id/category`]: { who: HANDLERS, except: { property: 404, leader2: 404 } },
  // 同问: residents of another household than the reporter's, once per household.
  [`POST ${C}/tickets/:id/support`]: { who: ['resident'] },
  [`POST ${C}/tickets/:id/support/withdraw`]: { who: ['resident'] },
  [`POST ${C}/tickets/:id/merge`]: { who: HANDLERS, except: { property: 404, leader2: 404 } },
  [`POST ${C}/tickets/:id/links`]: { who: HANDLERS, except: { property: 404, leader2: 404 } },
  // Recording for a resident (like POST tickets with onBehalfOfResidentId), on a ticket the caller handles.
  [`POST ${C}/tickets/:id/joins`]: { who: RECORDERS, except: { leader2: 404 } },

  // Notifications: each account its own inbox; channels are community staff's.
  'GET /api/notifications': { who: 'signedIn' },
  // Its owner only (the sample is resident1's message); anyone else's id is not found.
  'POST /api/notifications/:id/read': { who: [], owner: ['resident1'], denied: 404 },
  'POST /api/notifications/read-all': { who: 'signedIn' },
  [`GET ${C}/notification-channels`]: { who: STAFF },
  [`PUT ${C}/notification-channels/:kind`]: { who: STAFF },
  [`GET ${C}/notification-deliveries`]: { who: STAFF },
  [`GET ${C}/notification-sms`]: { who: STAFF },
  // Each account its own preferences (there is no id to name another's).
  'GET /api/notification-prefs': { who: 'signedIn' },
  'PUT /api/notification-prefs': { who: 'signedIn' },

  // Funded projects: the books are kept by staff and the party branch, read by those who oversee; the disclosure is public.
  [`GET ${C}/projects`]: { who: READERS },
  [`POST ${C}/projects`]: { who: RUNS },
  [`GET ${C}/projects/:id`]: { who: READERS },
  [`PATCH ${C}/projects/:id`]: { who: RUNS },
  [`POST ${C}/projects/:id/spending`]: { who: RUNS },
  [`POST ${C}/projects/:id/photos`]: { who: RUNS },
  [`GET ${C}/projects/:id/photos/:photoId`]: { who: READERS },
  'GET /api/public/projects': { who: 'public' },
  'GET /api/public/projects/:id': { who: 'public' },
  'GET /api/public/projects/:id/photos/:photoId': { who: 'public' },

  // Parking: the office, branch, committee, deputy and property side read; property and staff register; rule versions
  // are recorded by staff and the branch; full plates are staff's alone (audited); residents see their own page.
  [`GET ${C}/parking/car-parks`]: { who: PARKING_READERS },
  [`POST ${C}/parking/car-parks`]: { who: PARKING_MANAGERS },
  [`GET ${C}/parking/car-parks/:id`]: { who: PARKING_READERS },
  [`POST ${C}/parking/car-parks/:id/spaces`]: { who: PARKING_MANAGERS },
  [`GET ${C}/parking/car-parks/:id/rule`]: { who: PARKING_READERS },
  [`POST ${C}/parking/car-parks/:id/rules`]: { who: RUNS },
  [`GET ${C}/parking/rules`]: { who: PARKING_READERS },
  [`GET ${C}/parking/vehicles`]: { who: PARKING_READERS },
  [`POST ${C}/parking/vehicles`]: { who: PARKING_MANAGERS },
  [`POST ${C}/parking/vehicles/:id/reveal`]: { who: STAFF },
  [`GET ${C}/parking/mine`]: { who: ['resident'] },

  // Partners, donations and the three lists: the same readers and keepers.
  [`GET ${C}/pairing-agreements`]: { who: READERS },
  [`POST ${C}/pairing-agreements`]: { who: RUNS },
  [`GET ${C}/resource-offers`]: { who: READERS },
  [`POST ${C}/resource-offers`]: { who: RUNS },
  [`GET ${C}/donations`]: { who: READERS },
  [`POST ${C}/donations`]: { who: RUNS },
  [`POST ${C}/donations/:id/photos`]: { who: RUNS },
  [`GET ${C}/donations/:id/photos/:photoId`]: { who: READERS },
  [`GET ${C}/needs`]: { who: READERS },
  [`POST ${C}/needs`]: { who: RUNS },
  [`POST ${C}/needs/:id/match`]: { who: RUNS },
  [`POST ${C}/needs/:id/project`]: { who: RUNS },
  [`POST ${C}/needs/:id/met`]: { who: RUNS },

  // Dashboards: the community's staff and party branch; the town view is the platform admin's.
  [`GET ${C}/dashboard`]: { who: RUNS },
  // The grid dashboard: grid team members too, for their own grid only (the sample asks for grid 1).
  [`GET ${C}/grid-dashboard`]: {
    who: [...RUNS, 'grid_member'],
    except: { leader2: 403 },
  },
  // The workbench (工作台): every console role; sections narrow by role in the workflow.
  [`GET ${C}/workbench`]: { who: SERVING },
  'GET /api/towns': { who: 'signedIn' },
  'GET /api/towns/:townId/overview': { who: ['admin'], denied: 404 },

  // Public notices (公示栏): anyone of the community reads the board; staff and the branch publish and withdraw.
  [`GET ${C}/notices`]: { who: MEMBER },
  [`POST ${C}/notices`]: { who: RUNS },
  [`GET ${C}/notices/:id`]: { who: MEMBER },
  [`POST ${C}/notices/:id/withdraw`]: { who: RUNS },
  'GET /api/public/notices/:id': { who: 'public' },
  // Ledgers (台账): the list is open to whoever holds some module's ledger right and shows only those; the sample
  // ledger (meetings) needs meetings.manage. The monthly report (月报): staff write it, the party branch reads it.
  [`GET ${C}/ledgers`]: { who: LEDGER_HOLDERS },
  [`GET ${C}/ledgers/:key/export.xlsx`]: { who: RUNS },
  [`GET ${C}/monthly-reports`]: { who: RUNS },
  [`POST ${C}/monthly-reports`]: { who: ['staff'] },
  [`GET ${C}/monthly-reports/:month`]: { who: RUNS },
  [`PATCH ${C}/monthly-reports/:month`]: { who: ['staff'] },
  [`POST ${C}/monthly-reports/:month/regenerate`]: { who: ['staff'] },
  [`POST ${C}/monthly-reports/:month/finalise`]: { who: ['staff'] },
  [`GET ${C}/monthly-reports/:month/report.docx`]: { who: RUNS },
  // Activities and volunteers: anyone of the community signs up and checks in; staff and the branch organise.
  [`GET ${C}/activities`]: { who: MEMBER },
  [`POST ${C}/activities`]: { who: RUNS },
  [`GET ${C}/activities/mine`]: { who: MEMBER },
  [`GET ${C}/activities/stats`]: { who: SERVING },
  [`GET ${C}/activities/:id`]: { who: MEMBER },
  [`POST ${C}/activities/:id/signups`]: { who: MEMBER },
  [`GET ${C}/activities/:id/checkin-code`]: { who: RUNS },
  [`POST ${C}/activities/:id/check-in`]: { who: MEMBER },
  [`POST ${C}/activities/:id/check-out`]: { who: MEMBER },
  [`POST ${C}/activities/:id/walk-ins`]: { who: RUNS },
  // 党员责任清单: party members see the lists and log their own (committee2, a party member, is refused someone else's).
  [`GET ${C}/party-commitments`]: { who: [...RUNS, 'party_member'] },
  [`POST ${C}/party-commitments`]: { who: RUNS },
  [`POST ${C}/party-commitments/:id/entries`]: { who: [...RUNS, 'party_member'], except: { committee2: 403 } },

  // Department referrals (部门联动): those who serve follow the 挂账 list; the office refers and records answers.
  [`GET ${C}/referrals`]: { who: SERVING },
  [`POST ${C}/referrals`]: { who: RUNS },
  [`GET ${C}/referrals/stats`]: { who: SERVING },
  [`GET ${C}/referrals/:id`]: { who: SERVING },
  [`POST ${C}/referrals/:id/response`]: { who: RUNS },

  // The deputy's proposals (代表建议): the deputy and the office write them; those who serve read them.
  [`GET ${C}/proposals`]: { who: SERVING },
  [`POST ${C}/proposals`]: { who: ['admin', 'staff', 'deputy'] },
  [`GET ${C}/proposals/:id`]: { who: SERVING },
  [`POST ${C}/proposals/:id/logs`]: { who: ['admin', 'staff', 'deputy'] },
  [`POST ${C}/proposals/:id/outcome`]: { who: ['admin', 'staff', 'deputy'] },
};
