import { type Rule, anyRole } from '../../core/policy/policy';

/** Staff and the party branch keep the partner books and the three lists; those who oversee the community read them. */
export const policies: Record<string, Rule> = {
  'resources.read': anyRole(
    'staff',
    'party_branch',
    'committee',
    'building_leader',
    'grid_member',
    'property_manager',
    'property_specialist',
    'deputy',
    'party_member',
  ),
  'resources.manage': anyRole('staff', 'party_branch'),
};
