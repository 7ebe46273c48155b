import type { AppContext, RequestContext } from '../../core/context';
import { loadActor } from '../../core/auth/sessions';
import type { DemoSeedContext } from '../../demo/registry';
import { listProjects } from '../projects/projects.service';
import { addLinkedEvidence } from '../topics/topics.service';
import * as svc from './resources.service';

/**
 * The article's 外力: pairing with 松江电信东部片区党支部 (curtains for the refuse room) and the kindergarten
 * (tyre art corner); the relocating enterprises of Line 12 giving plants that would have cost ¥100,000,
 * sofas, stone piers and tyres. The plants' value is the article's; the others' are illustrative estimates.
 * The needs went to these offers, a project and the donations that met them.
 */
export async function seedResources({ db, community, users }: DemoSeedContext) {
  const C = community.communityId;
  let now = Date.parse('2024-03-01T02:00:00Z');
  const at = (day: string) => {
    now = Date.parse(`${day}T02:00:00Z`);
  };
  const app = { db, clock: { now: () => now }, config: { dataDir: '' } } as unknown as AppContext;
  const staff: RequestContext = {
    app,
    db,
    communityId: C,
    actor: await loadActor(db, users.staff, { login: 'staff', displayName: 'staff', platformAdmin: false }),
  };
  const [telecom, kindergarten, hardware, packaging] = community.organizations.partner_unit;

  const telecomDeal = await svc.createAgreement(staff, {
    organizationId: telecom,
    title: '“砖心砖意”党建结对共建协议',
    signedOn: '2024-03-01',
    endsOn: '2026-12-31',
    contacts: [{ name: '王志强', title: '党支部书记', phone: '13916280451' }],
    offers: '协调电信公司为垃圾房安装抽拉式窗帘；通信线路整治支持',
  });
  const kgDeal = await svc.createAgreement(staff, {
    organizationId: kindergarten,
    title: '社区—幼儿园结对共建',
    signedOn: '2024-04-10',
    endsOn: null,
    contacts: [{ name: '沈丽华', title: '园长', phone: '13817730926' }],
    offers: '教师教居民装饰轮胎，打造“艺术角”',
  });
  const curtains = await svc.createOffer(staff, {
    title: '垃圾房抽拉式窗帘安装',
    description: '电信公司协调材料和安装',
    kind: 'service',
    organizationId: null,
    agreementId: telecomDeal.id,
  });
  const tyreArt = await svc.createOffer(staff, {
    title: '轮胎装饰教学',
    description: '幼儿园教师上门指导',
    kind: 'service',
    organizationId: null,
    agreementId: kgDeal.id,
  });
  const plantsOffer = await svc.createOffer(staff, {
    title: '闲置绿植（红叶石楠、樱花树等）',
    description: '12号线动迁企业搬迁前可捐赠',
    kind: 'goods',
    organizationId: hardware,
    agreementId: null,
  });
  const goodsOffer = await svc.createOffer(staff, {
    title: '搬迁企业闲置物品（沙发、石墩、轮胎）',
    description: '即将搬离的企业处“淘”来的好物',
    kind: 'goods',
    organizationId: packaging,
    agreementId: null,
  });

  at('2024-05-20');
  const plants = await svc.createDonation(staff, {
    item: '红叶石楠、樱花树等绿植',
    quantity: 1,
    unit: '批',
    valueFen: 10_000_000,
    donorOrgId: hardware,
    donorName: '上海泾东五金制品有限公司',
    destination: '小区绿化补种（原需预算约10万元，一分钱没花）',
    receivedOn: '2024-05-20',
    offerId: plantsOffer.id,
  });
  const sofas = await svc.createDonation(staff, {
    item: '沙发',
    quantity: 6,
    unit: '张',
    valueFen: 360_000,
    donorOrgId: packaging,
    donorName: '上海砖桥包装材料厂',
    destination: '休闲长廊，供居民休憩',
    receivedOn: '2024-06-03',
    offerId: goodsOffer.id,
  });
  const piers = await svc.createDonation(staff, {
    item: '石墩',
    quantity: 20,
    unit: '个',
    valueFen: 400_000,
    donorOrgId: packaging,
    donorName: '上海砖桥包装材料厂',
    destination: '南门主干道两侧，防止停车堵塞通道',
    receivedOn: '2024-06-03',
    offerId: goodsOffer.id,
  });
  await svc.createDonation(staff, {
    item: '旧轮胎',
    quantity: 30,
    unit: '个',
    valueFen: 30_000,
    donorOrgId: packaging,
    donorName: '上海砖桥包装材料厂',
    destination: '轮胎装饰“艺术角”',
    receivedOn: '2024-06-03',
    offerId: goodsOffer.id,
  });

  const corridor = (await listProjects(staff, {})).items.find((p) => p.name.includes('文化长廊'));
  const need = async (
    title: string,
    description: string,
    steps: { offer?: string; project?: string; donation?: string | null },
  ) => {
    const n = await svc.createNeed(staff, { title, description });
    if (steps.offer) await svc.matchOffer(staff, n.id, steps.offer);
    if (steps.project) await svc.toProject(staff, n.id, steps.project);
    if (steps.donation !== undefined) await svc.markMet(staff, n.id, steps.donation);
  };
  at('2024-04-01');
  await need('小区绿植补种', '补种红叶石楠、樱花树等，一算要10万元', { offer: plantsOffer.id, donation: plants.id });
  // The closed topic that asked for the plants points at the donation that brought them, not at a sentence about it.
  await db.transaction().execute((trx) =>
    addLinkedEvidence(trx, {
      communityId: staff.communityId,
      topicTitle: '小区绿植补种',
      stage: 'implementation',
      text: '企业捐赠的闲置绿植，记入捐赠台账（估值10万元）',
      link: { type: 'donation', id: plants.id },
      actorId: staff.actor.userId,
      at: '2024-05-20T03:00:00.000Z',
    }),
  );
  await need('休闲长廊座椅不足', '老人反映长廊下午没地方坐', { offer: goodsOffer.id, donation: sofas.id });
  await need('南门主干道两侧乱停车', '两侧停车堵塞通道', { offer: goodsOffer.id, donation: piers.id });
  await need('垃圾房蚊蝇多、异味大', '夏季垃圾房需要遮挡', { offer: curtains.id, donation: null });
  await need('废旧轮胎无人处理', '想变废为宝', { offer: tyreArt.id });
  if (corridor) await need('围墙破旧，希望美化', '162米围墙斑驳', { project: corridor.id, donation: null });
  await need('活动场地不足', '邻里节、端午包粽子雨天无处开展', {});
}
