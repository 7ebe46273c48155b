import { anyRole, type Rule } from '../../core/policy/policy';

/** The workbench: every console role of the community; each sees only the sections of their roles (workflows/workbench.ts). */
export const policies: Record<string, Rule> = {
  'workbench.read': anyRole(
    'staff',
    'party_branch',
    'committee',
    'building_leader',
    'property_manager',
    'property_specialist',
    'deputy',
    'grid_member',
  ),
};
