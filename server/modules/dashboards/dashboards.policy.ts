import { anyRole, type Rule } from '../../core/policy/policy';

/**
 * A community's dashboard: its staff and the party branch (the secretary); the platform admin passes
 * through anyRole. The town view has no community to check a role in: only the platform admin may
 * open it, checked in the service (dashboards.service.ts, requireTownViewer).
 */
export const policies: Record<string, Rule> = {
  'dashboards.read': anyRole('staff', 'party_branch'),
  // The grid dashboard: also grid team members, for their own grids only (checked in the service, gridOf).
  'dashboards.grid.read': anyRole('staff', 'party_branch', 'grid_member'),
};
