import { type Rule, anyRole, member } from '../../core/policy/policy';

/** Everyone of the community reads the notice board; the office staff and the party branch publish and withdraw. */
export const policies: Record<string, Rule> = {
  'notices.read': member,
  'notices.manage': anyRole('staff', 'party_branch'),
};
