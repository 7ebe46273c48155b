import { z } from 'zod';

/** 部门联动: a ticket's need beyond the community, referred to a department and kept outstanding (挂账) until answered. */

export const REFERRAL_STATUSES = ['outstanding', 'answered'] as const;
export const REFERRAL_STATUS_LABELS: Record<(typeof REFERRAL_STATUSES)[number], string> = {
  outstanding: '挂账中',
  answered: '已答复',
};

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().min(1).max(max);

export const ReferralParams = z.object({ communityId: id, id });
export const CreateReferralBody = z.strictObject({
  ticketId: id,
  /** An organisation of kind `department` of this community. */
  departmentId: id,
  contactName: text(50),
  contactPhone: z
    .string()
    .trim()
    .regex(/^[0-9+\-() ]{5,20}$/)
    .optional(),
  need: text(2000),
  expectedDate: z.iso.date(),
});
export const RespondBody = z.strictObject({ response: text(2000) });
export const ListReferralsQuery = z.object({ status: z.enum(REFERRAL_STATUSES).optional() });

export const Referral = z.object({
  id: z.string(),
  ticketId: z.string(),
  ticketNumber: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  contactName: z.string(),
  contactPhone: z.string().nullable(),
  need: z.string(),
  expectedDate: z.string(),
  status: z.enum(REFERRAL_STATUSES),
  referredAt: z.string(),
  answeredAt: z.string().nullable(),
  response: z.string().nullable(),
  /** Outstanding past the expected date. */
  overdue: z.boolean(),
  reminders: z.number(),
});
export const ReferralList = z.object({ items: z.array(Referral) });
export const ReferralStats = z.object({
  outstanding: z.number(),
  overdue: z.number(),
  answered: z.number(),
  departments: z.array(
    z.object({
      departmentId: z.string(),
      departmentName: z.string(),
      referred: z.number(),
      answered: z.number(),
      outstanding: z.number(),
      /** Mean days from referral to answer, over the answered ones (null when none). */
      avgResponseDays: z.number().nullable(),
      onTime: z.number(),
    }),
  ),
});
