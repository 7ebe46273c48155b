import { useSession } from '../../../console/session';

const has = (roles: string[], ...any: string[]) => any.some((r) => roles.includes(r));

/** What the signed-in user may do with parking here (the server decides; this only hides buttons). */
export function useParkingRights() {
  const { roles, platformAdmin } = useSession();
  return {
    manage: platformAdmin || has(roles, 'staff', 'property_manager'),
    rules: platformAdmin || has(roles, 'staff', 'party_branch'),
    reveal: platformAdmin || has(roles, 'staff'),
  };
}
