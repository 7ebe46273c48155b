import { OPEN_STATES, TICKET_STATE_LABELS, TICKET_STATE_LABELS_EN, type TicketState } from '../../../contract/tickets';
import type { Conn } from '../../core/db/kysely';
import type { DigestLine } from '../notifications/notifications.service';
import './tickets.tables';

/** An inbox title in both languages. */
export interface Title {
  zh: string;
  en: string;
}

/** The titles of ticket messages, shared by the service and the demo seed so both read the same. */
export const ticketTitles = {
  created: (number: string): Title => ({ zh: `新诉求 ${number}`, en: `New ticket ${number}` }),
  assigned: (number: string): Title => ({
    zh: `您被指派处理诉求 ${number}`,
    en: `You are assigned ticket ${number}`,
  }),
  state: (number: string, to: TicketState): Title => ({
    zh: `诉求 ${number} ${TICKET_STATE_LABELS[to]}`,
    en: `Ticket ${number} ${TICKET_STATE_LABELS_EN[to]}`,
  }),
  confirm: (number: string): Title => ({
    zh: `诉求 ${number} 已解决，请确认并评价`,
    en: `Ticket ${number} is resolved: please confirm and rate it`,
  }),
  closed: (number: string, stars: number): Title => ({
    zh: `诉求 ${number} 已办结，满意度 ${stars} 分`,
    en: `Ticket ${number} closed, satisfaction ${stars} of 5`,
  }),
  reopened: (number: string): Title => ({
    zh: `诉求 ${number} 被居民重开`,
    en: `Ticket ${number} was reopened by the resident`,
  }),
  comment: (number: string): Title => ({ zh: `诉求 ${number} 有新留言`, en: `New message on ticket ${number}` }),
  merged: (number: string, into: string): Title => ({
    zh: `诉求 ${number} 已并入 ${into}`,
    en: `Ticket ${number} was merged into ${into}`,
  }),
  overdue: (number: string, stage: 'response' | 'resolution', level: number): Title => ({
    zh: `诉求 ${number} 超期未${stage === 'response' ? '响应' : '办结'}（${level === 1 ? '已提醒网格长' : '已上报居委'}）`,
    en: `Ticket ${number} is past its ${stage} time (${level === 1 ? 'grid leader told' : 'raised to the committee office'})`,
  }),
};

/** The staff digest: open tickets, those past a deadline, and those waiting for the resident's confirmation. */
export async function digestLines(conn: Conn, communityId: string, now: string): Promise<DigestLine[]> {
  const row = await conn
    .selectFrom('tickets')
    .select((eb) => [
      eb.fn.countAll<number>().as('open'),
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(
              eb.or([
                eb.and([eb('state', '=', 'submitted'), eb('response_due_at', '<=', now)]),
                eb.and([eb('state', '!=', 'resolved'), eb('resolution_due_at', '<=', now)]),
              ]),
            )
            .then(1)
            .else(0)
            .end(),
        )
        .as('overdue'),
      eb.fn.sum<number>(eb.case().when('state', '=', 'resolved').then(1).else(0).end()).as('confirming'),
    ])
    .where('community_id', '=', communityId)
    .where('state', 'in', [...OPEN_STATES, 'resolved'])
    .executeTakeFirstOrThrow();
  const open = Number(row.open ?? 0);
  if (!open) return [];
  const overdue = Number(row.overdue ?? 0);
  const confirming = Number(row.confirming ?? 0);
  return [
    {
      zh: `未办结诉求 ${open} 件，其中超期 ${overdue} 件，待居民确认 ${confirming} 件`,
      en: `${open} tickets not closed: ${overdue} past a deadline, ${confirming} waiting for the resident's confirmation`,
    },
  ];
}
