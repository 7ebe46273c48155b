import { anyRole, type Rule } from '../../core/policy/policy';

/** Staff and the party branch run meetings; committee members, building leaders and the property company take part. */
const PARTICIPANTS = [
  'staff',
  'party_branch',
  'committee',
  'building_leader',
  'property_manager',
  'property_specialist',
  'deputy',
] as const;
export const policies: Record<string, Rule> = {
  'meetings.read': anyRole(...PARTICIPANTS, 'grid_member', 'party_member'),
  'meetings.manage': anyRole('staff', 'party_branch'),
  'meetings.participate': anyRole(...PARTICIPANTS),
};
