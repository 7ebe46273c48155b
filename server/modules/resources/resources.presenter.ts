import { maskName, maskPhone } from '../../core/pii';
import type { AgreementRow, DonationRow, NeedRow, OfferRow } from './resources.repo';

/** Contacts' phones are for those who keep the books; the others see them masked (138****1234). */
export function agreementOf(r: AgreementRow, orgName: string, reveal: boolean) {
  return {
    id: r.id,
    organizationId: r.organization_id,
    organizationName: orgName,
    title: r.title,
    signedOn: r.signed_on,
    endsOn: r.ends_on,
    contacts: r.contacts.map((c) => ({
      name: reveal ? c.name : maskName(c.name)!,
      title: c.title,
      phone: reveal ? c.phone : maskPhone(c.phone),
    })),
    offers: r.offers,
    createdAt: r.created_at,
  };
}

export const offerOf = (r: OfferRow, orgName: string | null) => ({
  id: r.id,
  title: r.title,
  description: r.description,
  kind: r.kind,
  organizationId: r.organization_id,
  organizationName: orgName,
  agreementId: r.agreement_id,
  createdAt: r.created_at,
});

/** A photo with the addresses to show it by, so pages do not build the route's URL themselves (as tickets' photos). */
export function donationPhotoOf(
  communityId: string,
  donationId: string,
  p: { id: string; width: number; height: number },
) {
  const url = `/api/communities/${communityId}/donations/${donationId}/photos/${p.id}`;
  return { id: p.id, url, thumbUrl: `${url}?size=thumb`, width: p.width, height: p.height };
}

/** A donor that is not a unit may be a resident: named in full only to those who keep the books. */
export const donationOf = (r: DonationRow, photos: Array<ReturnType<typeof donationPhotoOf>>, reveal: boolean) => ({
  id: r.id,
  item: r.item,
  quantity: r.quantity,
  unit: r.unit,
  valueFen: r.value_fen,
  donorOrgId: r.donor_org_id,
  donorName: reveal || r.donor_org_id ? r.donor_name : maskName(r.donor_name)!,
  destination: r.destination,
  receivedOn: r.received_on,
  offerId: r.offer_id,
  photos,
  createdAt: r.created_at,
});

export const needOf = (
  r: NeedRow,
  refs: {
    offer: { id: string; title: string } | null;
    project: { id: string; title: string } | null;
    donation: { id: string; item: string; valueFen: number } | null;
  },
) => ({
  id: r.id,
  title: r.title,
  description: r.description,
  status: r.status,
  ...refs,
  metAt: r.met_at,
  createdAt: r.created_at,
});
