import { z } from 'zod';

/** Funded projects (SPEC §7): budget, items, spending with invoices, progress, before/after photos, public disclosure. */

/** Money is whole fen (分) everywhere: no floating point. ¥10,000,000 is more than any community project gets. */
export const MAX_FEN = 1_000_000_000;
export const PROJECT_STATUSES = ['planned', 'in_progress', 'completed'] as const;
export const PROJECT_STATUS_LABELS: Record<(typeof PROJECT_STATUSES)[number], string> = {
  planned: '立项',
  in_progress: '实施中',
  completed: '已完工',
};
export const PHOTO_KINDS = ['before', 'after', 'invoice'] as const;
export const PHOTO_KIND_LABELS: Record<(typeof PHOTO_KINDS)[number], string> = {
  before: '实施前',
  after: '实施后',
  invoice: '发票',
};
export const PAYEE_KINDS = ['organization', 'person'] as const;

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().min(1).max(max);
const fen = z.number().int().min(1).max(MAX_FEN);
const day = z.iso.date();

export const ProjectParams = z.object({ communityId: id, id });
export const ProjectPhotoParams = ProjectParams.extend({ photoId: id });
export const PublicProjectParams = z.object({ id });
export const PublicPhotoParams = PublicProjectParams.extend({ photoId: id });

export const ProjectItem = z.strictObject({
  name: text(100),
  quantity: z.number().int().min(1).max(1_000_000).nullable().default(null),
  unit: z.string().trim().max(10).default(''),
});
export const CreateProjectBody = z.strictObject({
  name: text(200),
  /** The programme that pays, e.g. 无产证社区品质提升项目. */
  program: z.string().trim().max(200).default(''),
  funder: text(100),
  year: z.number().int().min(2000).max(2100),
  budgetFen: fen,
  description: z.string().trim().max(5000).default(''),
  items: z.array(ProjectItem).max(50).default([]),
  /** The 四方议事 topic whose implementation this project is. */
  topicId: id.nullable().default(null),
});
export const UpdateProjectBody = z
  .strictObject({
    name: text(200),
    program: z.string().trim().max(200),
    funder: text(100),
    budgetFen: fen,
    description: z.string().trim().max(5000),
    items: z.array(ProjectItem).max(50),
    progress: z.number().int().min(0).max(100),
    status: z.enum(PROJECT_STATUSES),
    published: z.boolean(),
    topicId: id.nullable(),
  })
  .partial();
export const SpendingBody = z.strictObject({
  amountFen: fen,
  payee: text(100),
  payeeKind: z.enum(PAYEE_KINDS).default('organization'),
  spentOn: day,
  note: z.string().trim().max(500).default(''),
  /** An uploaded photo of kind `invoice` of this project, not yet used by another entry. */
  invoicePhotoId: id.nullable().default(null),
  /** A property work order (维修工单) this spending paid for, kept as a plain reference. */
  workOrderId: z.string().trim().max(64).nullable().default(null),
});
export const ListProjectsQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  topicId: id.optional(),
});

export const Photo = z.object({
  id: z.string(),
  kind: z.enum(PHOTO_KINDS),
  width: z.number(),
  height: z.number(),
  createdAt: z.string(),
});
export const Spending = z.object({
  id: z.string(),
  amountFen: z.number(),
  payee: z.string(),
  payeeKind: z.enum(PAYEE_KINDS),
  spentOn: z.string(),
  note: z.string(),
  invoicePhotoId: z.string().nullable(),
  workOrderId: z.string().nullable(),
  createdAt: z.string(),
});
export const ProjectSummary = z.object({
  id: z.string(),
  name: z.string(),
  program: z.string(),
  funder: z.string(),
  year: z.number(),
  budgetFen: z.number(),
  spentFen: z.number(),
  balanceFen: z.number(),
  progress: z.number(),
  status: z.enum(PROJECT_STATUSES),
  published: z.boolean(),
  topicId: z.string().nullable(),
});
export const Project = ProjectSummary.extend({
  description: z.string(),
  items: z.array(z.object({ name: z.string(), quantity: z.number().nullable(), unit: z.string() })),
  spending: z.array(Spending),
  photos: z.array(Photo),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const ProjectList = z.object({
  items: z.array(ProjectSummary),
  totals: z.object({ budgetFen: z.number(), spentFen: z.number() }),
});
/** What the notice board shows: no invoices, a person paid shown masked (张**). */
export const PublicProject = ProjectSummary.omit({ published: true, topicId: true }).extend({
  community: z.string(),
  description: z.string(),
  items: Project.shape.items,
  spending: z.array(
    Spending.pick({ id: true, amountFen: true, payee: true, spentOn: true, note: true }).extend({
      hasInvoice: z.boolean(),
    }),
  ),
  photos: z.array(Photo.pick({ id: true, kind: true, width: true, height: true })),
});
export const PublicProjectList = z.object({ items: z.array(ProjectSummary.omit({ published: true, topicId: true })) });
export const PublicProjectsQuery = z.object({ communityId: id });

export type ProjectT = z.infer<typeof Project>;
