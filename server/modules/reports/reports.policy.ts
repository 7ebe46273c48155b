import { type Rule, anyRole, onlyRole } from '../../core/policy/policy';

/**
 * The office staff write the monthly report (create, edit, regenerate, finalise); the party branch (its secretary)
 * reads it; nobody else. Ledgers: whoever holds a module's right to a ledger may export it — the list route is open
 * to the roles that hold at least one such right, and shows each caller only the ledgers it may export.
 */
export const policies: Record<string, Rule> = {
  'reports.read': anyRole('staff', 'party_branch'),
  'reports.write': onlyRole('staff'),
  'reports.ledgers': anyRole('staff', 'party_branch', 'property_manager', 'property_specialist', 'deputy'),
};
