import { useSession } from '../../console/session';

/**
 * Whether the user runs 四方议事 in the current community — topics, meetings and consultations alike:
 * staff and the party branch (the servers' topics.manage, meetings.manage and consultations.manage), or a platform admin.
 */
export function useCanManage(): boolean {
  const { roles, platformAdmin } = useSession();
  return platformAdmin || roles.includes('staff') || roles.includes('party_branch');
}
