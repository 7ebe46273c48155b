import type { z } from 'zod';
import type {
  Account,
  Building,
  Estate,
  GridMember,
  Household,
  Organization,
  OrgMember,
  Resident,
} from '../../../contract/org';
import { ELDERLY_AGE } from '../../../contract/org';
import { idNumberTail, maskInText, maskPhone } from '../../core/pii';
import { ageOn } from './org.scope';

/** Row → API shape. Every phone leaves masked; ID numbers leave as their stored mask. */

/** Estate row with counts → API. */
export const estateOut = (r: any): z.infer<typeof Estate> => ({
  id: r.id,
  name: r.name,
  address: r.address,
  note: r.note,
  buildings: Number(r.buildings),
  households: Number(r.households),
});

/** Grid team member → API, phone masked. */
export const gridMemberOut = (r: any): z.infer<typeof GridMember> => ({
  id: r.id,
  role: r.role,
  name: r.name,
  phone: maskPhone(r.phone),
  buildingId: r.building_id,
  residentId: r.resident_id,
  userId: r.user_id,
});

/** Building row with estate, grid and household count → API. */
export const buildingOut = (r: any): z.infer<typeof Building> => ({
  id: r.id,
  name: r.name,
  estateId: r.estate_id,
  estateName: r.estate_name,
  gridId: r.grid_id,
  gridName: r.grid_name,
  floors: r.floors === null ? null : Number(r.floors),
  households: Number(r.households),
  note: r.note,
});

/** Household row → API; `joined` when any resident has an account. */
export const householdOut = (r: any): z.infer<typeof Household> => ({
  id: r.id,
  code: r.code,
  room: r.room,
  estateId: r.estate_id,
  estateName: r.estate_name,
  buildingId: r.building_id,
  buildingName: r.building_name,
  residents: Number(r.residents),
  representative: r.representative_id ? { id: r.representative_id, name: r.representative_name } : null,
  joined: Number(r.accounts) > 0,
  note: r.note,
});

/** Stored tags plus `elderly` when the birth date says 60 or older. */
export function effectiveTags(stored: string[], age: number | null): string[] {
  const tags = new Set(stored);
  if (age !== null && age >= ELDERLY_AGE) tags.add('elderly');
  return [...tags].sort();
}

/**
 * Resident row → API: age on `today`, derived tags, phone masked, ID number as its last 4 characters.
 * The birth date (digits 7–14 of the ID number) only for those who may reveal the number anyway
 * (`mayReveal`); everyone else sees the age.
 */
export function residentOut(r: any, tags: string[], today: string, mayReveal: boolean): z.infer<typeof Resident> {
  const age = ageOn(r.birth_date, today);
  return {
    id: r.id,
    name: r.name,
    gender: r.gender,
    birthDate: mayReveal ? r.birth_date : null,
    age,
    phone: maskPhone(r.phone),
    idNumber: idNumberTail(r.id_number_mask),
    tags: effectiveTags(tags, age) as any,
    householdId: r.household_id,
    householdCode: r.household_code ?? null,
    room: r.room ?? null,
    buildingName: r.building_name ?? null,
    estateName: r.estate_name ?? null,
    isRepresentative: !!r.household_id && r.representative_id === r.id,
    hasAccount: !!r.user_id,
    note: r.note,
  };
}

/** Organization row → API, contact phone masked. */
export const organizationOut = (r: any): z.infer<typeof Organization> => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  estateId: r.estate_id,
  estateName: r.estate_name,
  contactName: r.contact_name,
  contactPhone: maskPhone(r.contact_phone),
  note: r.note,
  members: Number(r.members),
});

/** Organization member → API, phone masked. */
export const orgMemberOut = (r: any): z.infer<typeof OrgMember> => ({
  id: r.id,
  name: r.name,
  title: r.title,
  phone: maskPhone(r.phone),
  residentId: r.resident_id,
  userId: r.user_id,
});

/** Account with its roles here → API; a phone used as login is masked too. */
export const accountOut = (r: any, roles: string[]): z.infer<typeof Account> => ({
  id: r.id,
  login: maskInText(r.login),
  displayName: r.display_name,
  phone: maskPhone(r.phone),
  roles,
  disabled: !!r.disabled,
  lastLoginAt: r.last_login_at ? new Date(r.last_login_at).toISOString() : null,
});
