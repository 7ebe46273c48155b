import type { z } from 'zod';
import type { Referral } from '../../../contract/referrals';
import { maskPhone } from '../../core/pii';
import type { DB } from '../../core/db/types';

/** A department contact's phone is a person's number: shown masked, like every phone in lists. */
export function present(r: DB['referrals'], today: string): z.infer<typeof Referral> {
  return {
    id: r.id,
    ticketId: r.ticket_id,
    ticketNumber: r.ticket_number,
    departmentId: r.department_id,
    departmentName: r.department_name,
    contactName: r.contact_name,
    contactPhone: maskPhone(r.contact_phone),
    need: r.need,
    expectedDate: r.expected_date,
    status: r.status,
    referredAt: r.referred_at,
    answeredAt: r.answered_at,
    response: r.response,
    overdue: r.status === 'outstanding' && r.expected_date < today,
    reminders: Number(r.reminders),
  };
}
