import { useSession } from '../../console/session';

/** Whether the signed-in person holds one of these roles in the current community (the platform admin always does). */
export function useHasRole(roles: readonly string[]): boolean {
  const s = useSession();
  return s.platformAdmin || roles.some((r) => s.roles.includes(r));
}
export const MANAGERS = ['staff', 'party_branch'];
export const RECTIFIERS = ['staff', 'party_branch', 'committee'];
export const FIXERS = ['staff', 'property_manager', 'property_specialist'];
