import { anyRole, member, onlyRole, type Rule } from '../../core/policy/policy';

/**
 * Staff and the party branch run consultations (and alone see named answers: the staff archive); residents
 * vote (the service checks the representative); the roles that follow them get the report and turnout by
 * building; the public sees published results and the public archive.
 */
export const policies: Record<string, Rule> = {
  'consultations.read': member,
  'consultations.manage': anyRole('staff', 'party_branch'),
  'consultations.vote': onlyRole('resident', 'representative'),
  'consultations.archive': anyRole('staff', 'party_branch', 'committee', 'building_leader', 'deputy'),
};
