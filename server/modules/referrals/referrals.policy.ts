import { type Rule, anyRole } from '../../core/policy/policy';

/** Those who serve the community follow the 挂账 list; the office and the branch refer and record the department's answer (or its liaison does). */
export const policies: Record<string, Rule> = {
  'referrals.read': anyRole(
    'staff',
    'party_branch',
    'committee',
    'building_leader',
    'grid_member',
    'property_manager',
    'property_specialist',
    'deputy',
    'department_liaison',
  ),
  'referrals.manage': anyRole('staff', 'party_branch'),
  'referrals.respond': anyRole('staff', 'party_branch', 'department_liaison'),
};
