import { z } from 'zod';
import { MAX_FEN } from './projects';

/**
 * Partners and donations (SPEC §7, the article's 外力): pairing agreements (结对共建) with partner units, the three
 * lists of party-building practice — needs (需求清单), resources (资源清单: what partners offer) and projects
 * (项目清单, the projects module) — and donations with their estimated market value (the money saved).
 */

export const OFFER_KINDS = ['goods', 'service', 'venue', 'funds'] as const;
export const OFFER_KIND_LABELS: Record<(typeof OFFER_KINDS)[number], string> = {
  goods: '物资',
  service: '服务',
  venue: '场地',
  funds: '资金',
};
export const NEED_STATUSES = ['open', 'matched', 'in_project', 'met'] as const;
export const NEED_STATUS_LABELS: Record<(typeof NEED_STATUSES)[number], string> = {
  open: '待对接',
  matched: '已对接资源',
  in_project: '已立项',
  met: '已解决',
};

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().min(1).max(max);
const day = z.iso.date();

export const ItemParams = z.object({ communityId: id, id });
export const DonationPhotoParams = ItemParams.extend({ photoId: id });

export const Contact = z.strictObject({
  name: text(50),
  title: z.string().trim().max(50).default(''),
  phone: z
    .string()
    .trim()
    .regex(/^1\d{10}$|^0\d{2,3}-?\d{7,8}$/)
    .nullable()
    .default(null),
});
export const CreateAgreementBody = z.strictObject({
  /** A partner unit (共建单位) of the org module. */
  organizationId: id,
  title: text(200),
  signedOn: day,
  endsOn: day.nullable().default(null),
  contacts: z.array(Contact).max(10).default([]),
  /** What the partner offers, in words (each offer also goes on the resource list). */
  offers: z.string().trim().max(2000).default(''),
});
export const Agreement = z.object({
  id: z.string(),
  organizationId: z.string(),
  organizationName: z.string(),
  title: z.string(),
  signedOn: z.string(),
  endsOn: z.string().nullable(),
  contacts: z.array(z.object({ name: z.string(), title: z.string(), phone: z.string().nullable() })),
  offers: z.string(),
  createdAt: z.string(),
});
export const AgreementList = z.object({ items: z.array(Agreement) });

export const CreateOfferBody = z.strictObject({
  title: text(200),
  description: z.string().trim().max(2000).default(''),
  kind: z.enum(OFFER_KINDS),
  organizationId: id.nullable().default(null),
  agreementId: id.nullable().default(null),
});
export const Offer = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  kind: z.enum(OFFER_KINDS),
  organizationId: z.string().nullable(),
  organizationName: z.string().nullable(),
  agreementId: z.string().nullable(),
  createdAt: z.string(),
});
export const OfferList = z.object({ items: z.array(Offer) });

export const CreateDonationBody = z.strictObject({
  item: text(200),
  quantity: z.number().int().min(1).max(1_000_000),
  unit: z.string().trim().max(10).default(''),
  /** Estimated market value in fen: what the community would have paid. */
  valueFen: z.number().int().min(0).max(MAX_FEN),
  donorOrgId: id.nullable().default(null),
  donorName: text(100),
  /** Where it went (e.g. 小区绿化带补种). */
  destination: text(200),
  receivedOn: day,
  offerId: id.nullable().default(null),
});
/** A donation's photo; `url` and `thumbUrl` are the GET route's addresses (full size, thumbnail). */
export const DonationPhoto = z.object({
  id: z.string(),
  url: z.string(),
  thumbUrl: z.string(),
  width: z.number(),
  height: z.number(),
});
export const Donation = z.object({
  id: z.string(),
  item: z.string(),
  quantity: z.number(),
  unit: z.string(),
  valueFen: z.number(),
  donorOrgId: z.string().nullable(),
  donorName: z.string(),
  destination: z.string(),
  receivedOn: z.string(),
  offerId: z.string().nullable(),
  photos: z.array(DonationPhoto),
  createdAt: z.string(),
});
export const DonationList = z.object({
  items: z.array(Donation),
  /** The value saved: all donations' estimated market value. */ totalValueFen: z.number(),
});

export const CreateNeedBody = z.strictObject({
  title: text(200),
  description: z.string().trim().max(2000).default(''),
});
export const MatchOfferBody = z.strictObject({ offerId: id });
export const NeedProjectBody = z.strictObject({ projectId: id });
export const NeedMetBody = z.strictObject({ donationId: id.nullable().default(null) });
export const Need = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  status: z.enum(NEED_STATUSES),
  offer: z.object({ id: z.string(), title: z.string() }).nullable(),
  project: z.object({ id: z.string(), title: z.string() }).nullable(),
  donation: z.object({ id: z.string(), item: z.string(), valueFen: z.number() }).nullable(),
  metAt: z.string().nullable(),
  createdAt: z.string(),
});
export const NeedList = z.object({ items: z.array(Need) });
export const ListNeedsQuery = z.object({ status: z.enum(NEED_STATUSES).optional() });
