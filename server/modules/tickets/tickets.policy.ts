import { anyRole, member, onlyRole, type Role, type Rule } from '../../core/policy/policy';

/** Roles that see every ticket of their community. */
export const ALL_SEEING: Role[] = ['staff', 'party_branch'];
/** Roles that work on tickets; outside ALL_SEEING they see their grid's and the ones given to them. */
export const HANDLERS: Role[] = [
  'staff',
  'party_branch',
  'grid_member',
  'building_leader',
  'property_specialist',
  'property_manager',
  'technician',
];
/** Roles that may record a ticket on a resident's behalf (phone call, visit, meeting, group chat). */
export const RECORDERS: Role[] = ['staff', 'party_branch', 'grid_member', 'building_leader', 'property_specialist'];

export const policies: Record<string, Rule> = {
  /** Lists, details and category suggestion; what each sees is narrowed by the service. */
  'tickets.read': member,
  'tickets.report': anyRole('resident', ...RECORDERS),
  /** 同问: one per household. */
  'tickets.support': onlyRole('resident'),
  'tickets.handle': anyRole(...HANDLERS),
  /** Categories, rules and reply templates of the community. */
  'tickets.manage': anyRole('staff'),
  /** Every ticket, figures and the ledger. */
  'tickets.oversee': anyRole(...ALL_SEEING),
};
