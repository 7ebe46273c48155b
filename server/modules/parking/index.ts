import type { FastifyInstance } from 'fastify';
import type { ModuleManifest } from '../manifest';
import { ledgers } from './parking.ledgers';
import { seedParking } from './parking.demo';
import { policies } from './parking.policy';
import parkingRoutes from './parking.routes';
import { describeCarPark } from './parking.service';

export { describeCarPark } from './parking.service';

/** Parking (SPEC §7): car parks, spaces, vehicles of households, rule versions set by a decision and a consultation. */
export default async function parking(app: FastifyInstance) {
  await app.register(parkingRoutes);
}

export const manifest: ModuleManifest = {
  name: 'parking',
  ledgers,
  // A rule version rests on a topic's decision and its consultation; the demo links the 洞北小区 parking case.
  dependsOn: ['org', 'topics', 'consultations'],
  plugin: parking,
  policies,
  // A ticket about parking can point at the car park it concerns.
  linkTargets: { car_park: { labelZh: '停车场', describe: describeCarPark } },
  demoSeeder: seedParking,
};
