import { anyRole, type Rule } from '../../core/policy/policy';

/** Staff and the party branch manage topics; the four parties take part (evidence, sign-off — the service checks which party). */
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
  'topics.read': anyRole(...PARTICIPANTS, 'grid_member', 'party_member'),
  'topics.manage': anyRole('staff', 'party_branch'),
  'topics.participate': anyRole(...PARTICIPANTS),
};
