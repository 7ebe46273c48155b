import type { z } from 'zod';
import type { Rule } from '../../../contract/parking';
import { isNewEnergy, maskPlate } from './parking.plates';
import type { RuleRow, VehicleRow } from './parking.repo';

export type RuleOut = z.infer<typeof Rule>;

/** Where a version stands on `today`: the latest one whose date has come is in force. */
export function rulesOut(
  rows: RuleRow[],
  today: string,
  titles: { topics: Map<string, string>; consultations: Map<string, string> },
): RuleOut[] {
  const sorted = [...rows].sort((a, b) => a.effective_on.localeCompare(b.effective_on));
  const inForce = new Map<string, string>();
  for (const r of sorted) if (r.effective_on <= today) inForce.set(r.car_park_id, r.id);
  return sorted.map((r) => ({
    id: r.id,
    carParkId: r.car_park_id,
    effectiveOn: r.effective_on,
    freeMinutes: r.free_minutes,
    feeFenPerHour: r.fee_fen_per_hour,
    dailyCapFen: r.daily_cap_fen,
    ownerPrioritySpaces: r.owner_priority_spaces,
    topicId: r.topic_id,
    topicTitle: titles.topics.get(r.topic_id) ?? '',
    consultationId: r.consultation_id,
    consultationTitle: titles.consultations.get(r.consultation_id) ?? '',
    note: r.note,
    state: r.effective_on > today ? 'scheduled' : inForce.get(r.car_park_id) === r.id ? 'in_force' : 'past',
    createdAt: r.created_at,
  }));
}

/** A vehicle as the caller may see it: the plate masked unless `full`. */
export function vehicleOut(v: VehicleRow, householdLabel: string, full: boolean) {
  return {
    id: v.id,
    householdId: v.household_id,
    householdLabel,
    plate: full ? v.plate : maskPlate(v.plate),
    masked: !full,
    newEnergy: isNewEnergy(v.plate),
    note: v.note,
    createdAt: v.created_at,
  };
}
