import { AppError, errors } from '../errors';

/** Roles held per community (SPEC §1). A person may hold several. */
export const ROLES = [
  'staff',
  'party_branch',
  'party_member',
  'committee',
  'building_leader',
  'grid_member',
  'property_manager',
  'property_specialist',
  'technician',
  'partner_contact',
  'department_liaison',
  'deputy',
  'resident',
  'representative',
] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  userId: string;
  login: string;
  displayName: string;
  platformAdmin: boolean;
  /** Roles per community id. `representative` is derived from the household, not granted. */
  roles: Map<string, Set<Role>>;
  /** The resident record of this account per community, if any. */
  residents: Map<string, { residentId: string; householdId: string | null }>;
  sessionId: string;
}

export interface RuleContext {
  actor: Actor;
  roles: Set<Role>;
  communityId: string;
}
export type Rule = (ctx: RuleContext) => boolean;

const rules = new Map<string, Rule>();

/** Modules declare their actions once, in `<name>.policy.ts`. An action nobody declared is denied. */
export function definePolicies(defs: Record<string, Rule>): void {
  for (const [action, rule] of Object.entries(defs)) {
    if (rules.has(action)) throw new Error(`Policy for ${action} is declared twice`);
    rules.set(action, rule);
  }
}

export const isAction = (action: string) => rules.has(action);

/** Any of these roles in the community; the town's platform admin passes too. */
export const anyRole =
  (...allowed: Role[]): Rule =>
  ({ actor, roles }) =>
    actor.platformAdmin || allowed.some((r) => roles.has(r));
/** Any of these roles, and not the platform admin by virtue of being admin (e.g. casting a household's ballot). */
export const onlyRole =
  (...allowed: Role[]): Rule =>
  ({ roles }) =>
    allowed.some((r) => roles.has(r));
/** Anyone who holds any role in the community. */
export const member: Rule = ({ actor, roles }) => actor.platformAdmin || roles.size > 0;

export function rolesIn(actor: Actor, communityId: string): Set<Role> {
  return actor.roles.get(communityId) ?? new Set();
}

export function can(actor: Actor | null | undefined, action: string, communityId: string): boolean {
  if (!actor) return false;
  const rule = rules.get(action);
  if (!rule) return false;
  return rule({ actor, roles: rolesIn(actor, communityId), communityId });
}

/**
 * Deny by default. Outsiders to a community get 404 (its existence is not confirmed);
 * members without the right get 403.
 */
export function authorize(
  actor: Actor | null | undefined,
  action: string,
  communityId: string,
): asserts actor is Actor {
  if (!actor) throw errors.unauthenticated();
  if (can(actor, action, communityId)) return;
  if (!actor.platformAdmin && rolesIn(actor, communityId).size === 0) throw errors.notFound('community');
  throw errors.forbidden();
}

/** The communities an actor may see at all; `null` means every community (platform admin). */
export function visibleCommunities(actor: Actor): string[] | null {
  return actor.platformAdmin ? null : [...actor.roles.keys()];
}

export { AppError };
