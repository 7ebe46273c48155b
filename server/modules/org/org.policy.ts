import { anyRole, type Role, type Rule } from '../../core/policy/policy';

/** Everyone who serves the community reads its structure; only community staff change it or see full personal numbers. */
const SERVING: Role[] = [
  'staff',
  'party_branch',
  'committee',
  'building_leader',
  'grid_member',
  'property_manager',
  'property_specialist',
  'deputy',
];

export const policies: Record<string, Rule> = {
  'org.read': anyRole(...SERVING),
  'org.manage': anyRole('staff'),
  'org.accounts': anyRole('staff'),
  'org.reveal': anyRole('staff'),
  'org.audit': anyRole('staff', 'party_branch'),
};
