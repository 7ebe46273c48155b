import { sql } from 'kysely';
import type { Conn } from '../../core/db/kysely';
import './parking.tables';

export type CarParkRow = NonNullable<Awaited<ReturnType<typeof findCarPark>>>;
export type RuleRow = Awaited<ReturnType<typeof rulesOf>>[number];
export type VehicleRow = Awaited<ReturnType<typeof listVehicles>>[number];
export type SpaceRow = Awaited<ReturnType<typeof spacesOf>>[number];

export function findCarPark(conn: Conn, communityId: string, id: string) {
  return conn
    .selectFrom('car_parks')
    .selectAll()
    .where('community_id', '=', communityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function listCarParks(conn: Conn, communityId: string) {
  return conn
    .selectFrom('car_parks')
    .selectAll()
    .where('community_id', '=', communityId)
    .orderBy('opened_on')
    .orderBy('name')
    .limit(500)
    .execute();
}

export function carParkByName(conn: Conn, communityId: string, name: string) {
  return conn
    .selectFrom('car_parks')
    .select('id')
    .where('community_id', '=', communityId)
    .where('name', '=', name)
    .executeTakeFirst();
}

/** Spaces and owner-priority spaces per car park of the community. */
export async function spaceCounts(conn: Conn, communityId: string) {
  const rows = await conn
    .selectFrom('parking_spaces')
    .select([
      'car_park_id',
      sql<number>`count(*)`.as('n'),
      sql<number>`sum(case when owner_priority then 1 else 0 end)`.as('priority'),
    ])
    .where('community_id', '=', communityId)
    .groupBy('car_park_id')
    .execute();
  return new Map(rows.map((r) => [r.car_park_id, { n: Number(r.n), priority: Number(r.priority ?? 0) }]));
}

export function spacesOf(conn: Conn, carParkId: string) {
  return conn
    .selectFrom('parking_spaces')
    .select(['id', 'number', 'owner_priority'])
    .where('car_park_id', '=', carParkId)
    .orderBy('number')
    .execute();
}

export function existingNumbers(conn: Conn, carParkId: string, numbers: string[]) {
  return conn
    .selectFrom('parking_spaces')
    .select('number')
    .where('car_park_id', '=', carParkId)
    .where('number', 'in', numbers)
    .execute();
}

export function rulesOf(conn: Conn, communityId: string, q: { carParkId?: string; topicId?: string }) {
  let query = conn.selectFrom('parking_rules').selectAll().where('community_id', '=', communityId);
  if (q.carParkId) query = query.where('car_park_id', '=', q.carParkId);
  if (q.topicId) query = query.where('topic_id', '=', q.topicId);
  return query.orderBy('effective_on').limit(500).execute();
}

export function listVehicles(conn: Conn, communityId: string, q: { householdIds?: string[] }) {
  let query = conn.selectFrom('parking_vehicles').selectAll().where('community_id', '=', communityId);
  if (q.householdIds) query = query.where('household_id', 'in', q.householdIds.length ? q.householdIds : ['']);
  return query.orderBy('created_at').limit(2000).execute();
}

export function findVehicle(conn: Conn, communityId: string, id: string) {
  return conn
    .selectFrom('parking_vehicles')
    .selectAll()
    .where('community_id', '=', communityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function vehicleByPlate(conn: Conn, communityId: string, plate: string) {
  return conn
    .selectFrom('parking_vehicles')
    .select('id')
    .where('community_id', '=', communityId)
    .where('plate', '=', plate)
    .executeTakeFirst();
}
