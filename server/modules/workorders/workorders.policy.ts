import { type Rule, anyRole, member, onlyRole } from '../../core/policy/policy';

/** Everyone who serves the community sees work orders, funds and the roster. */
const SERVING = anyRole(
  'staff',
  'party_branch',
  'committee',
  'building_leader',
  'grid_member',
  'property_manager',
  'property_specialist',
  'technician',
  'deputy',
);

/**
 * Work orders: the property company and staff run them; a committee member and community staff sign off
 * (two people, checked by the service); the reporter or the committee accepts (the service checks which);
 * staff set the fee list, the threshold and pay into funds. Residents reach the list and the detail only for
 * work orders made from their own tickets (the service answers 404 for the rest) and see who is on duty now.
 */
export const policies: Record<string, Rule> = {
  'workorders.read': member,
  'workorders.manage': anyRole('staff', 'party_branch', 'property_manager', 'property_specialist'),
  'workorders.sign': onlyRole('committee', 'staff'),
  'workorders.accept': onlyRole('committee', 'resident', 'representative'),
  'workorders.review': anyRole('staff', 'party_branch', 'committee'),
  'workorders.settings': anyRole('staff', 'party_branch'),
  'funds.read': SERVING,
  'duty.read': SERVING,
  'duty.now': member,
  'duty.manage': anyRole('staff', 'property_manager'),
};
