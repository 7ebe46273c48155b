import type { NEED_STATUSES, OFFER_KINDS } from '../../../contract/resources';

/** Partners, offers, donations and needs (migration 2026-12-02T23-30-resources). Money in whole fen. */
declare module '../../core/db/types' {
  interface DB {
    pairing_agreements: {
      id: string;
      community_id: string;
      organization_id: string;
      title: string;
      signed_on: string;
      ends_on: string | null;
      contacts: Json<Array<{ name: string; title: string; phone: string | null }>>;
      offers: string;
      created_by: string;
      created_at: Time;
      updated_at: Time;
    };
    resource_offers: {
      id: string;
      community_id: string;
      organization_id: string | null;
      agreement_id: string | null;
      title: string;
      description: string;
      kind: (typeof OFFER_KINDS)[number];
      created_by: string;
      created_at: Time;
      updated_at: Time;
    };
    donations: {
      id: string;
      community_id: string;
      item: string;
      quantity: number;
      unit: string;
      value_fen: number;
      donor_org_id: string | null;
      donor_name: string;
      destination: string;
      received_on: string;
      offer_id: string | null;
      created_by: string;
      created_at: Time;
      updated_at: Time;
    };
    donation_photos: {
      id: string;
      community_id: string;
      donation_id: string;
      file_key: string;
      thumb_key: string;
      mime: string;
      width: number;
      height: number;
      created_by: string;
      created_at: Time;
    };
    needs: {
      id: string;
      community_id: string;
      title: string;
      description: string;
      status: (typeof NEED_STATUSES)[number];
      offer_id: string | null;
      project_id: string | null;
      donation_id: string | null;
      met_at: Time | null;
      created_by: string;
      created_at: Time;
      updated_at: Time;
    };
  }
}
export {};
