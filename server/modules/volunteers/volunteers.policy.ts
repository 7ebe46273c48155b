import { type Rule, anyRole, member } from '../../core/policy/policy';

/**
 * Anyone of the community sees the activities and signs up (residents on the H5, party members, staff);
 * staff and the party branch run activities and hold the check-in screen; the figures are for those who
 * serve the community; party members keep their own responsibility list (the service checks whose).
 */
export const policies: Record<string, Rule> = {
  'volunteers.read': member,
  'volunteers.join': member,
  'volunteers.manage': anyRole('staff', 'party_branch'),
  'volunteers.figures': anyRole(
    'staff',
    'party_branch',
    'committee',
    'building_leader',
    'grid_member',
    'property_manager',
    'property_specialist',
    'deputy',
  ),
  'volunteers.commitments': anyRole('staff', 'party_branch', 'party_member'),
};
