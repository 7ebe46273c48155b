import { type Rule, anyRole } from '../../core/policy/policy';

/** The deputy (代表) writes and follows proposals, with the office's help; those who serve the community read them. */
export const policies: Record<string, Rule> = {
  'proposals.read': anyRole(
    'staff',
    'party_branch',
    'committee',
    'building_leader',
    'grid_member',
    'property_manager',
    'property_specialist',
    'deputy',
  ),
  'proposals.manage': anyRole('deputy', 'staff'),
};
