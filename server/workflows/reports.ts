import type { AppContext } from '../core/context';
import { STAGE_LABELS, type Stage } from '../../contract/topics';
import type { ReportFiguresT } from '../../contract/reports';
import * as meetings from '../modules/meetings/meetings.service';
import * as tickets from '../modules/tickets/tickets.service';
import * as topics from '../modules/topics/topics.service';
import * as workorders from '../modules/workorders/workorders.service';
import { bounds, communityDashboard, quarterOfMonth } from './dashboards';

/**
 * The figures of a monthly work report (月报), each from its module's service: the dashboards' figures of the
 * month (summary tables, volunteers, donations, project spending, property scores, the emergency fund) and, beside
 * them, the month's meetings with attendance, topics decided, tickets by category with their deadlines, and work
 * orders. Nothing is retyped: regenerating a draft reads them again.
 */
export async function monthFigures(ctx: AppContext, communityId: string, month: string): Promise<ReportFiguresT> {
  const b = bounds(month, month);
  const lastDay = new Date(Date.parse(`${b.toDate}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const now = ctx.clock.now();
  const [dash, held, decided, t, wo] = await Promise.all([
    communityDashboard(ctx, communityId, { from: month, to: month }),
    meetings.meetingAttendance(ctx.db, communityId, b.fromIso, b.toIso),
    topics.topicsDecided(ctx.db, communityId, b.fromIso, b.toIso),
    tickets.ticketFigures(ctx.db, communityId, now, b.fromDate, lastDay),
    workorders.workOrderFigures(ctx.db, communityId, null, b.fromIso, b.toIso),
  ]);
  const f = dash.figures;
  const quarter = quarterOfMonth(month);
  const q = f.propertyScores.byQuarter.find((x) => x.quarter === quarter);
  return {
    generatedAt: new Date(now).toISOString(),
    meetings: {
      held: dash.meetingsHeld,
      list: held.map((m) => ({
        title: m.title,
        at: m.scheduledAt,
        expected: m.expected,
        present: m.present,
        decisions: m.decisions.length,
      })),
    },
    topics: {
      closed: dash.topicsClosed,
      decided: decided.map((d) => ({ ...d, stage: STAGE_LABELS[d.stage as Stage] ?? d.stage })),
    },
    tickets: {
      received: t.total.tickets,
      resolved: t.total.resolved,
      onTime: t.total.tickets - t.total.overdue,
      overdue: t.total.overdue,
      avgSatisfaction: t.total.avgSatisfaction,
      byCategory: t.byCategory.map((c) => ({
        label: c.label,
        received: c.tickets,
        resolved: c.resolved,
        overdue: c.overdue,
        avgSatisfaction: c.avgSatisfaction,
      })),
    },
    consultations: dash.consultations,
    property: {
      quarter,
      score: q?.score ?? null,
      rounds: f.propertyScores.rounds
        .filter((r) => r.quarter === quarter)
        .map((r) => ({ estateName: r.estateName, companyName: r.companyName, score: r.score })),
    },
    repairs: {
      workOrders: wo.workOrders,
      completed: wo.completed,
      emergency: wo.emergency,
      spentFen: wo.spentFen,
      emergencyFundBalanceFen: f.emergencyFund.balanceFen,
    },
    projects: f.projectSpend,
    resources: { donations: f.donations.count, valueFen: f.donations.valueFen, savedFen: f.donations.savedFen },
    volunteers: f.volunteers,
  };
}
