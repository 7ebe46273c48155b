import type { AppContext, RequestContext } from '../../core/context';
import { loadActor } from '../../core/auth/sessions';
import type { DemoSeedContext } from '../../demo/registry';
import { residenciesOf, residentsOf } from '../org/org.service';
import { listTopics } from '../topics/topics.service';
import { closedConsultationOfTopic } from '../consultations/consultations.service';
import * as parking from './parking.service';

/**
 * The article's parking: 洞北小区's 54 spaces, where the 四方议事 consultation of 100 households turned "免费临停2小时"
 * into 30 free minutes and made the 54 spaces 业主优先停 (the rule version links that topic and consultation, so
 * the resident page answers "why 30 minutes?"); and the 246-space 社会化停车场 the deputy brought about after 10
 * months of coordination (opened 2025-11-06, as the proposal's outcome), for monthly parking. The article gives
 * no fees: the hourly fee and daily cap here are illustrative, and the social car park has no rule version (no
 * decision set one). Vehicles: one per household of residents tagged car owners (at most 120), plates made up.
 */
const PROVINCE_LETTERS = ['沪A', '沪B', '沪M', '沪D', '沪E', '沪K', '苏E', '浙F'];
const CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';

export async function seedParking({ db, community, users, rng }: DemoSeedContext) {
  const C = community.communityId;
  let now = Date.parse('2025-10-28T02:00:00Z');
  const app = { db, clock: { now: () => now }, config: { dataDir: '' } } as unknown as AppContext;
  const as = async (login: string): Promise<RequestContext> => ({
    app,
    db,
    communityId: C,
    actor: await loadActor(db, users[login], { login, displayName: login, platformAdmin: false }),
  });
  const staff = await as('staff');

  const dongbei = community.estates.find((e) => e.name === '洞北小区') ?? community.estates[1];
  const topic = (await listTopics(staff, { status: 'closed' })).items.find((t) =>
    t.title.startsWith('洞北小区外来车辆'),
  );
  const consultation = topic ? await closedConsultationOfTopic(db, C, topic.id) : undefined;

  const park = await parking.createCarPark(staff, {
    name: '洞北小区地面停车场',
    estateId: dongbei.id,
    totalSpaces: 54,
    openedOn: '2012-06-01',
    note: '小区内地面车位，道闸管理。',
  });
  await parking.addSpaces(staff, park.id, {
    numbers: Array.from({ length: 54 }, (_, i) => `DB-${String(i + 1).padStart(2, '0')}`),
    ownerPriority: true,
  });
  if (topic && consultation)
    await parking.addRule(staff, park.id, {
      effectiveOn: '2025-11-01',
      freeMinutes: 30,
      feeFenPerHour: 300,
      dailyCapFen: 2000,
      ownerPrioritySpaces: 54,
      topicId: topic.id,
      consultationId: consultation.id,
      note: '免费临停由2小时调整为半小时，54个车位实行“业主优先停”。收费标准为示例数据。',
    });

  now = Date.parse('2025-11-06T02:00:00Z');
  const social = await parking.createCarPark(staff, {
    name: '砖桥社会化停车场',
    estateId: null,
    totalSpaces: 246,
    openedOn: '2025-11-06',
    note: '人大代表履职建议，历时10个月协调各方建成；周边居民可包月停车。',
  });
  await parking.addSpaces(staff, social.id, {
    numbers: Array.from({ length: 246 }, (_, i) => `P-${String(i + 1).padStart(3, '0')}`),
    ownerPriority: false,
  });

  // Vehicles: resident1's household first (a new-energy car), then car owners' households.
  const property = await as('property');
  const home = (await residenciesOf(db, users.resident1)).find((r) => r.communityId === C)?.householdId;
  const owners = await residentsOf(db, C, community.tagged.car_owner ?? []);
  const households = [
    ...new Set([
      ...(home ? [home] : []),
      ...[...owners.values()].flatMap((r) => (r.householdId ? [r.householdId] : [])),
    ]),
  ].slice(0, 120);
  const seen = new Set<string>();
  for (const [i, householdId] of households.entries()) {
    now += 3_600_000;
    let plate = '';
    do {
      const head = rng.pick(PROVINCE_LETTERS);
      const digits = (n: number) => Array.from({ length: n }, () => String(rng.int(0, 9))).join('');
      const fuel = `${rng.pick([...CHARS])}${rng.pick([...CHARS])}${digits(3)}`;
      const electric = `${rng.pick(['D', 'F'])}${rng.pick([...CHARS])}${digits(4)}`;
      plate = i === 0 ? '沪AD73215' : `${head}${rng.chance(0.25) ? electric : fuel}`;
    } while (seen.has(plate));
    seen.add(plate);
    await parking.registerVehicle(property, { householdId, plate, note: '' });
  }
}
