import { z } from 'zod';
import { PARTIES } from './topics';

/**
 * 工作台 (issue #17): the console's home, per role — what needs doing today. Each section is present only
 * for the roles it concerns (null otherwise); every row carries the id of the record it opens.
 */

export const WorkbenchTicket = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  state: z.string(),
  urgency: z.string(),
  gridId: z.string().nullable(),
  gridName: z.string().nullable(),
  mine: z.boolean().describe('Assigned to the caller'),
  dueAt: z.string().nullable().describe('The next running deadline (null while waiting on the reporter or resolved)'),
});

export const WorkbenchTickets = z.object({
  allGrids: z.boolean().describe('The caller sees every grid (staff, party branch): `grid` lists all open tickets'),
  mine: z.array(WorkbenchTicket).describe('Open tickets assigned to the caller'),
  grid: z
    .array(WorkbenchTicket)
    .describe("Open tickets of the caller's grids (every grid for staff and the party branch)"),
  overdue: z.array(WorkbenchTicket).describe('Past a running deadline'),
  dueSoon: z.array(WorkbenchTicket).describe('A running deadline within the next 24 hours'),
  replied: z.array(WorkbenchTicket).describe('Open tickets whose latest comment is the reporter’s: an answer is owed'),
  awaitingResident: z.array(WorkbenchTicket).describe('Resolved, waiting for the resident to confirm'),
});

export const WorkbenchBallot = z.object({
  ballotId: z.string(),
  consultationId: z.string(),
  consultationTitle: z.string(),
  householdCode: z.string(),
  channel: z.string(),
  mine: z.boolean().describe('Entered by the caller: someone else must confirm it'),
  at: z.string(),
});

export const WorkbenchSignoff = z.object({
  id: z.string(),
  title: z.string(),
  decisionAt: z.string().nullable(),
  parties: z.array(z.enum(PARTIES)).describe("The caller's parties that have not signed yet"),
});

export const WorkbenchMeeting = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  scheduledAt: z.string(),
  location: z.string().nullable(),
  status: z.string(),
  openItems: z.array(z.object({ id: z.string(), text: z.string(), ownerName: z.string(), dueDate: z.string() })),
});

export const WorkbenchConsultation = z.object({
  id: z.string(),
  title: z.string(),
  closesAt: z.string(),
  eligible: z.number().int(),
  voted: z.number().int(),
  buildings: z.array(
    z.object({
      buildingId: z.string(),
      estate: z.string(),
      building: z.string(),
      eligible: z.number().int(),
      voted: z.number().int(),
      toVisit: z.array(z.string()).describe('Codes of the households that have not voted yet'),
    }),
  ),
});

export const Workbench = z.object({
  communityId: z.string(),
  now: z.string(),
  weekFrom: z.string().describe('Monday 00:00 of this week (Asia/Shanghai), as an instant'),
  weekTo: z.string(),
  tickets: WorkbenchTickets.nullable(),
  pendingBallots: z.array(WorkbenchBallot).nullable(),
  signoffs: z.array(WorkbenchSignoff).nullable(),
  meetings: z.array(WorkbenchMeeting).nullable(),
  consultations: z.array(WorkbenchConsultation).nullable().describe('Open consultations closing within 3 days'),
});
