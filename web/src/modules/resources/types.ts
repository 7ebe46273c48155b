import type { z } from 'zod';
import type { AgreementList, DonationList, NeedList, OfferList } from '../../../../contract/resources';

export type Agreements = z.infer<typeof AgreementList>;
export type Donations = z.infer<typeof DonationList>;
export type Needs = z.infer<typeof NeedList>;
export type Offers = z.infer<typeof OfferList>;
export const cUrl = (c: string, rest: string) => `/api/communities/${c}${rest}`;
