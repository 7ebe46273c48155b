import { type Rule, anyRole, onlyRole } from '../../core/policy/policy';

/**
 * The property side runs the car parks and registers vehicles with staff; rule versions are recorded by staff
 * and the party branch, as they carry out a 四方议事 decision. Full plates only for staff, audited (like phones).
 * Residents see their own household's vehicles and the rules where they live.
 */
export const policies: Record<string, Rule> = {
  'parking.read': anyRole('staff', 'party_branch', 'committee', 'property_manager', 'property_specialist', 'deputy'),
  'parking.manage': anyRole('staff', 'property_manager'),
  'parking.rules': anyRole('staff', 'party_branch'),
  'parking.reveal': anyRole('staff'),
  'parking.mine': onlyRole('resident'),
};
