import type { AppContext, RequestContext } from '../../core/context';
import { loadActor } from '../../core/auth/sessions';
import type { DemoSeedContext } from '../../demo/registry';
import { listTopics } from '../topics/topics.service';
import * as projects from './projects.service';

/**
 * The article's town-funded projects (巧借"外力"·活用政策红利): 品质提升 (footpaths, hedges, bicycle parking),
 * 楼道we治理 (the 162 m wall turned into a culture corridor with 60 panels) and 共用部位应急维修. The
 * article names the work, not the money: budgets and spending here are illustrative figures. Each project
 * points at the closed 四方议事 topic whose implementation it was.
 */
type Spend = [amountYuan: number, payee: string, spentOn: string, note: string];
const PROJECTS: Array<{
  name: string;
  program: string;
  year: number;
  budgetYuan: number;
  topics: string[];
  items: Array<[string, number | null, string]>;
  spend: Spend[];
  description: string;
}> = [
  {
    name: '2024年度无产证社区品质提升项目',
    program: '无产证社区品质提升项目',
    year: 2024,
    budgetYuan: 360_000,
    topics: ['便民小道修建', '绿篱围挡破损', '非机动车位不足'],
    description: '依靠年度经费修便民小道、装绿篱围挡、改非机动车位，居民出行、停车更方便。',
    items: [
      ['便民小道', 1, '条'],
      ['绿篱围挡', null, ''],
      ['非机动车位改造', 1, '处'],
    ],
    spend: [
      [148_000, '上海洞泾市政工程有限公司', '2024-10-15', '便民小道铺设'],
      [86_500, '上海泾绿园林绿化有限公司', '2024-11-02', '绿篱围挡'],
      [97_800, '上海洞泾市政工程有限公司', '2024-11-20', '非机动车位改造及雨棚'],
    ],
  },
  {
    name: '楼道we治理项目：162米文化长廊',
    program: '楼道we治理项目',
    year: 2024,
    budgetYuan: 120_000,
    topics: ['围墙破旧影响观感'],
    description: '组织居民写书法、拍照片、剪剪纸，把162米围墙改成“文化长廊”，装设60块宣传版面。',
    items: [
      ['围墙改造文化长廊', 162, '米'],
      ['宣传版面', 60, '块'],
      ['居民书法、摄影、剪纸作品征集', null, ''],
    ],
    spend: [
      [42_600, '上海泾东涂装工程有限公司', '2024-09-20', '围墙基层修补与涂装'],
      [54_000, '上海洞泾广告制作有限公司', '2024-10-12', '60块宣传版面制作安装（每块900元）'],
      [6_800, '上海洞泾广告制作有限公司', '2024-10-25', '作品输出与装裱'],
    ],
  },
  {
    name: '无产证住宅小区共用部位应急维修项目',
    program: '无产证住宅小区共用部位应急维修项目',
    year: 2025,
    budgetYuan: 200_000,
    topics: ['公共区域漏水渗水'],
    description: '解决公共区域漏水渗水问题：楼顶防水层修补、楼道渗水处理。',
    items: [
      ['屋面防水修补', 6, '栋'],
      ['楼道渗水处理', null, ''],
    ],
    spend: [
      [118_400, '上海松江房屋修缮有限公司', '2025-04-18', '屋面防水层修补'],
      [23_600, '上海松江房屋修缮有限公司', '2025-05-09', '楼道渗水处理'],
    ],
  },
];

export async function seedProjects({ db, community, users }: DemoSeedContext) {
  const C = community.communityId;
  let now = Date.parse('2024-09-01T02:00:00Z');
  const app = { db, clock: { now: () => now }, config: { dataDir: '' } } as unknown as AppContext;
  const staff: RequestContext = {
    app,
    db,
    communityId: C,
    actor: await loadActor(db, users.staff, { login: 'staff', displayName: 'staff', platformAdmin: false }),
  };
  const closed = (await listTopics(staff, { status: 'closed' })).items;
  for (const p of PROJECTS) {
    now = Date.parse(`${p.year}-03-01T02:00:00Z`);
    const topicId = closed.find((t) => p.topics.includes(t.title))?.id ?? null;
    const made = await projects.createProject(staff, {
      name: p.name,
      program: p.program,
      funder: '洞泾镇人民政府',
      year: p.year,
      budgetFen: p.budgetYuan * 100,
      description: p.description,
      items: p.items.map(([name, quantity, unit]) => ({ name, quantity, unit })),
      topicId,
    });
    for (const [yuan, payee, spentOn, note] of p.spend) {
      now = Date.parse(`${spentOn}T03:00:00Z`);
      await projects.addSpending(staff, made.id, {
        amountFen: yuan * 100,
        payee,
        payeeKind: 'organization',
        spentOn,
        note,
        invoicePhotoId: null,
        workOrderId: null,
      });
    }
    await projects.updateProject(staff, made.id, { progress: 100, status: 'completed', published: true });
  }
}
