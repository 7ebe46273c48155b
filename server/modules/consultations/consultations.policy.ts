import { anyRole, definePolicies, member, onlyRole } from '../../core/policy/policy';

/** Staff and the party branch run consultations; residents vote (the service checks the representative); the public sees published results. */
definePolicies({
  'consultations.read': member,
  'consultations.manage': anyRole('staff', 'party_branch'),
  'consultations.vote': onlyRole('resident', 'representative'),
  'consultations.archive': anyRole('staff', 'party_branch', 'committee', 'building_leader', 'deputy'),
});
