import type { GrantableRole, GridMemberRole, OrgKind, Tag, Gender } from '../../../../contract/org';

// The contract's value lists sit beside Zod schemas; importing them would pull Zod into the bundle, so
// the codes are listed here and type-checked against the contract's unions (a missing or extra code fails tsc).
const keys = <K extends string>(r: Record<K, true>) => Object.keys(r) as K[];

export const TAGS = keys<Tag>({
  party_member: true,
  elderly: true,
  living_alone: true,
  car_owner: true,
  disabled: true,
  veteran: true,
  volunteer: true,
  low_income: true,
});
export const ORG_KINDS = keys<OrgKind>({
  party_branch: true,
  property_company: true,
  committee: true,
  partner_unit: true,
  department: true,
});
export const GRID_MEMBER_ROLES = keys<GridMemberRole>({
  building_leader: true,
  second_building_leader: true,
  property_specialist: true,
  other: true,
});
export const GENDERS = keys<Gender>({ male: true, female: true });
export const GRANTABLE_ROLES = keys<GrantableRole>({
  staff: true,
  party_branch: true,
  party_member: true,
  committee: true,
  building_leader: true,
  grid_member: true,
  property_manager: true,
  property_specialist: true,
  technician: true,
  partner_contact: true,
  department_liaison: true,
  deputy: true,
  resident: true,
});

/** Roles with org.read (org.policy.ts); the console menu shows org pages to them. */
export const ORG_READ = [
  'staff',
  'party_branch',
  'committee',
  'building_leader',
  'grid_member',
  'property_manager',
  'property_specialist',
  'deputy',
] as const;
/** org.manage, org.accounts and org.reveal. */
export const ORG_MANAGE = ['staff'] as const;
export const ORG_AUDIT = ['staff', 'party_branch'] as const;

/** Mainland mobile number, as the server checks it. */
export const PHONE_PATTERN = /^1[3-9]\d{9}$/;
export const ID_NUMBER_PATTERN = /^\d{17}[\dXx]$/;
