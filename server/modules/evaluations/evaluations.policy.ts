import { type Rule, anyRole, member, onlyRole } from '../../core/policy/policy';

/**
 * Staff and the party branch set the rubric, open rounds and export for the town; only committee members
 * score (the service also checks the round's member list, fixed at opening); staff, the branch and the
 * committee raise rectification items; the property company (and staff, who enter it for them) reports
 * them done with photos. Everyone in the community reads results: they are public once closed anyway.
 */
export const policies: Record<string, Rule> = {
  'evaluations.read': member,
  'evaluations.manage': anyRole('staff', 'party_branch'),
  'evaluations.score': onlyRole('committee'),
  'evaluations.rectify': anyRole('staff', 'party_branch', 'committee'),
  'evaluations.fix': anyRole('staff', 'property_manager', 'property_specialist'),
};
