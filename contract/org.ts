import { z } from 'zod';

/**
 * Org module contract (see notes/org-api.md): people and places of a community. Shared by the server
 * routes and the web console. Phones and ID numbers in every response are masked; the full value is
 * only ever returned by the reveal endpoint.
 */

// ---------- enums with their Chinese labels (the UI shows the label, the API speaks the code) ----------

export const TAGS = [
  'party_member',
  'elderly',
  'living_alone',
  'car_owner',
  'disabled',
  'veteran',
  'volunteer',
  'low_income',
] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_LABELS: Record<Tag, string> = {
  party_member: '党员',
  elderly: '老年人',
  living_alone: '独居',
  car_owner: '有车',
  disabled: '残疾',
  veteran: '退役军人',
  volunteer: '志愿者',
  low_income: '低保',
};
/** Age from which a resident counts as elderly whatever their tags say. */
export const ELDERLY_AGE = 60;

export const ORG_KINDS = ['party_branch', 'property_company', 'committee', 'partner_unit', 'department'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];
export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  party_branch: '党支部',
  property_company: '物业公司',
  committee: '自管会',
  partner_unit: '共建单位',
  department: '职能部门',
};

export const GRID_MEMBER_ROLES = ['building_leader', 'second_building_leader', 'property_specialist', 'other'] as const;
export type GridMemberRole = (typeof GRID_MEMBER_ROLES)[number];
export const GRID_MEMBER_ROLE_LABELS: Record<GridMemberRole, string> = {
  building_leader: '楼组长',
  second_building_leader: '党员第二楼组长',
  property_specialist: '红色物业专员',
  other: '其他',
};

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Record<Gender, string> = { male: '男', female: '女' };

/** Roles that can be granted to an account; `representative` is derived from the household, never granted. */
export const GRANTABLE_ROLES = [
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
] as const;
export type GrantableRole = (typeof GRANTABLE_ROLES)[number];
export const ROLE_LABELS: Record<GrantableRole | 'representative', string> = {
  staff: '居委工作人员',
  party_branch: '党支部成员',
  party_member: '党员',
  committee: '自管会成员',
  building_leader: '楼组长',
  grid_member: '网格员',
  property_manager: '物业经理',
  property_specialist: '红色物业专员',
  technician: '技术员',
  partner_contact: '共建单位联系人',
  department_liaison: '职能部门联络员',
  deputy: '人大代表',
  resident: '居民',
  representative: '户代表',
};

export const REVEAL_FIELDS = ['phone', 'idNumber'] as const;

// ---------- building blocks ----------

const id = z.string().min(1).max(64);
const name = z.string().trim().min(1).max(50);
const note = z.string().trim().max(500);
const address = z.string().trim().max(200);
export const PHONE_PATTERN = /^1[3-9]\d{9}$/;
const phone = z.string().trim().regex(PHONE_PATTERN, { message: 'mobile phone: 11 digits starting 13–19' });
const idNumber = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^\d{17}[\dX]$/, { message: 'ID number: 18 characters' });
/** YYYY-MM-DD that is a real calendar date. */
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(
    (s) => {
      const d = new Date(s + 'T00:00:00Z');
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    },
    { message: 'not a real date' },
  );

/** Query: page=1.., pageSize ≤ 100 (default 20). */
export const Paging = z.object({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
const q = z.string().trim().max(50).optional();

/** `{ items, total, page, pageSize }` of an item schema. */
export const listOf = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ items: z.array(item), total: z.number(), page: z.number(), pageSize: z.number() });

export const CommunityParams = z.object({ communityId: id });
export const EntityParams = z.object({ communityId: id, id });
export const MemberParams = z.object({ communityId: id, id, memberId: id });
export const AccountParams = z.object({ communityId: id, userId: id });

// ---------- communities ----------

export const Counts = z.object({
  estates: z.number(),
  buildings: z.number(),
  households: z.number(),
  residents: z.number(),
  grids: z.number(),
});
export const CommunitySummary = z
  .object({ id: z.string(), name: z.string(), townName: z.string() })
  .extend(Counts.shape);
export const CommunityList = z.object({ items: z.array(CommunitySummary) });
export const CommunityDetail = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string().nullable(),
  town: z.object({ id: z.string(), name: z.string() }),
  counts: Counts,
});

// ---------- estates ----------

export const Estate = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string().nullable(),
  note: z.string().nullable(),
  buildings: z.number(),
  households: z.number(),
});
export const EstateCreate = z.strictObject({ name, address: address.nullish(), note: note.nullish() });
export const EstatePatch = EstateCreate.partial();
export const EstateQuery = Paging.extend({ q });

// ---------- grids ----------

export const GridMember = z.object({
  id: z.string(),
  role: z.enum(GRID_MEMBER_ROLES),
  name: z.string(),
  phone: z.string().nullable(),
  buildingId: z.string().nullable(),
  residentId: z.string().nullable(),
  userId: z.string().nullable(),
});
export const Grid = z.object({
  id: z.string(),
  name: z.string(),
  note: z.string().nullable(),
  buildings: z.array(z.object({ id: z.string(), name: z.string(), estateName: z.string() })),
  team: z.array(GridMember),
});
export const GridCreate = z.strictObject({ name, note: note.nullish() });
export const GridPatch = GridCreate.partial();
export const GridQuery = Paging.extend({ q });
export const GridMemberCreate = z.strictObject({
  role: z.enum(GRID_MEMBER_ROLES),
  name,
  phone: phone.nullish(),
  buildingId: id.nullish(),
  residentId: id.nullish(),
  userId: id.nullish(),
});
export const GridMemberPatch = GridMemberCreate.partial();
export const GridMemberList = z.object({ items: z.array(GridMember) });

// ---------- buildings ----------

export const Building = z.object({
  id: z.string(),
  name: z.string(),
  estateId: z.string(),
  estateName: z.string(),
  gridId: z.string().nullable(),
  gridName: z.string().nullable(),
  floors: z.number().nullable(),
  households: z.number(),
  note: z.string().nullable(),
});
export const BuildingCreate = z.strictObject({
  estateId: id,
  name: z.string().trim().min(1).max(30),
  gridId: id.nullish(),
  floors: z.number().int().min(1).max(200).nullish(),
  note: note.nullish(),
});
export const BuildingPatch = BuildingCreate.partial();
export const BuildingQuery = Paging.extend({ q, estateId: id.optional(), gridId: id.optional() });

// ---------- households ----------

export const Household = z.object({
  id: z.string(),
  code: z.string(),
  room: z.string(),
  estateId: z.string(),
  estateName: z.string(),
  buildingId: z.string(),
  buildingName: z.string(),
  residents: z.number(),
  representative: z.object({ id: z.string(), name: z.string() }).nullable(),
  joined: z.boolean().describe('At least one resident of the household has an account'),
  note: z.string().nullable(),
});
/** GET /communities/:c/my/household — the caller's own household (any signed-in resident), names only, phones masked. */
export const MyHousehold = z.object({
  id: z.string(),
  code: z.string(),
  room: z.string(),
  buildingName: z.string(),
  estateName: z.string(),
  representative: z.object({ id: z.string(), name: z.string() }).nullable(),
  residents: z.array(
    z.object({ id: z.string(), name: z.string(), phone: z.string().nullable(), isRepresentative: z.boolean() }),
  ),
});
export const HouseholdCreate = z.strictObject({
  buildingId: id,
  room: z.string().trim().min(1).max(20),
  code: z.string().trim().min(1).max(32).optional(),
  note: note.nullish(),
});
export const HouseholdPatch = HouseholdCreate.partial();
export const HouseholdQuery = Paging.extend({ q, estateId: id.optional(), buildingId: id.optional() });
export const RepresentativeBody = z.strictObject({ residentId: id });

// ---------- residents ----------

export const Resident = z.object({
  id: z.string(),
  name: z.string(),
  gender: z.enum(GENDERS).nullable(),
  birthDate: z.string().nullable(),
  age: z.number().nullable(),
  phone: z.string().nullable().describe('masked'),
  idNumber: z.string().nullable().describe('masked'),
  tags: z.array(z.enum(TAGS)).describe('stored tags plus elderly when age ≥ 60'),
  householdId: z.string().nullable(),
  householdCode: z.string().nullable(),
  room: z.string().nullable(),
  buildingName: z.string().nullable(),
  estateName: z.string().nullable(),
  isRepresentative: z.boolean(),
  hasAccount: z.boolean(),
  note: z.string().nullable(),
});
export const HouseholdDetail = Household.extend({ residents: z.array(Resident), residentCount: z.number() });
export const ResidentCreate = z.strictObject({
  householdId: id.nullish(),
  name,
  gender: z.enum(GENDERS).nullish(),
  birthDate: date.nullish(),
  phone: phone.nullish(),
  idNumber: idNumber.nullish(),
  tags: z.array(z.enum(TAGS)).max(TAGS.length).optional(),
  note: note.nullish(),
});
export const ResidentPatch = ResidentCreate.partial();
export const ResidentQuery = Paging.extend({
  q,
  tag: z.enum(TAGS).optional(),
  estateId: id.optional(),
  buildingId: id.optional(),
  householdId: id.optional(),
  ageMin: z.coerce.number().int().min(0).max(150).optional(),
  ageMax: z.coerce.number().int().min(0).max(150).optional(),
});
export const RevealBody = z.strictObject({ field: z.enum(REVEAL_FIELDS), reason: z.string().trim().min(2).max(200) });
export const RevealResponse = z.object({ value: z.string().nullable() });

// ---------- organizations ----------

export const Organization = z.object({
  id: z.string(),
  kind: z.enum(ORG_KINDS),
  name: z.string(),
  estateId: z.string().nullable(),
  estateName: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable().describe('masked'),
  note: z.string().nullable(),
  members: z.number(),
});
export const OrganizationCreate = z.strictObject({
  kind: z.enum(ORG_KINDS),
  name: z.string().trim().min(1).max(100),
  estateId: id.nullish(),
  contactName: name.nullish(),
  contactPhone: phone.nullish(),
  note: note.nullish(),
});
export const OrganizationPatch = OrganizationCreate.partial();
export const OrganizationQuery = Paging.extend({ q, kind: z.enum(ORG_KINDS).optional() });
export const OrgMember = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  phone: z.string().nullable().describe('masked'),
  residentId: z.string().nullable(),
  userId: z.string().nullable(),
});
export const OrgMemberCreate = z.strictObject({
  name,
  title: z.string().trim().max(50).nullish(),
  phone: phone.nullish(),
  residentId: id.nullish(),
  userId: id.nullish(),
});
export const OrgMemberPatch = OrgMemberCreate.partial();
export const OrgMemberList = z.object({ items: z.array(OrgMember) });

// ---------- accounts ----------

export const Account = z.object({
  id: z.string(),
  login: z.string(),
  displayName: z.string(),
  phone: z.string().nullable().describe('masked'),
  roles: z.array(z.string()),
  disabled: z.boolean(),
  lastLoginAt: z.string().nullable(),
});
const login = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9_.@-]{3,64}$/, { message: '3–64 letters, digits or _ . @ -' });
const password = z.string().min(1).max(200);
export const AccountCreate = z.strictObject({
  login,
  displayName: name,
  phone: phone.nullish(),
  password,
  roles: z.array(z.enum(GRANTABLE_ROLES)).min(1).max(GRANTABLE_ROLES.length),
  residentId: id.optional().describe('Link the account to this resident of the community'),
});
export const AccountRolesBody = z.strictObject({ roles: z.array(z.enum(GRANTABLE_ROLES)).max(GRANTABLE_ROLES.length) });
export const AccountQuery = Paging.extend({ q, role: z.enum(GRANTABLE_ROLES).optional() });

// ---------- join codes ----------

export const JoinCodeItem = z.object({
  householdId: z.string(),
  code: z.string(),
  room: z.string(),
  joinUrl: z.string(),
});
export const JoinCodesResponse = z.object({
  building: z.object({ id: z.string(), name: z.string(), estateName: z.string() }),
  items: z.array(JoinCodeItem),
});
export const JoinBody = z.strictObject({
  code: z.string().trim().toUpperCase().min(4).max(16),
  name,
  phone,
  password: z.string().min(1).max(200).optional().describe('Needed when not signed in: at least 10 characters'),
  login: login.optional().describe('Defaults to the phone'),
});

// ---------- rosters ----------

export const RosterExportQuery = z.object({
  reason: z
    .string()
    .trim()
    .min(2)
    .max(200)
    .optional()
    .describe('Why full numbers are needed; without it (or without the reveal right) numbers stay masked'),
});
export const RosterImportQuery = z.object({ dryRun: z.enum(['0', '1', 'true', 'false']).optional() });
export const RosterImportResponse = z.object({ households: z.number(), residents: z.number(), dryRun: z.boolean() });
export const RosterError = z.object({
  sheet: z.string(),
  row: z.number(),
  column: z.string(),
  message_zh: z.string(),
  message_en: z.string(),
});

// ---------- audit ----------

/** Both optional: without them, the community's latest events (at most 200). */
export const AuditQuery = z.object({ entityType: z.string().max(40).optional(), entityId: id.optional() });
export const AuditItem = z.object({
  seq: z.number(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  actorName: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  createdAt: z.string(),
  hash: z.string(),
});
export const AuditList = z.object({ items: z.array(AuditItem) });

export type CommunitySummaryT = z.infer<typeof CommunitySummary>;
export type EstateT = z.infer<typeof Estate>;
export type GridT = z.infer<typeof Grid>;
export type GridMemberT = z.infer<typeof GridMember>;
export type BuildingT = z.infer<typeof Building>;
export type HouseholdT = z.infer<typeof Household>;
export type HouseholdDetailT = z.infer<typeof HouseholdDetail>;
export type ResidentT = z.infer<typeof Resident>;
export type OrganizationT = z.infer<typeof Organization>;
export type OrgMemberT = z.infer<typeof OrgMember>;
export type AccountT = z.infer<typeof Account>;
export type RosterErrorT = z.infer<typeof RosterError>;
