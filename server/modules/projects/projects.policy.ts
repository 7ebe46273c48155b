import { type Rule, anyRole } from '../../core/policy/policy';

/**
 * Staff and the party branch keep the project books; those who oversee the community (committee, deputy,
 * party members, building leaders, the property side) read them. Residents see the public disclosure.
 */
export const policies: Record<string, Rule> = {
  'projects.read': anyRole(
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
  'projects.manage': anyRole('staff', 'party_branch'),
};
