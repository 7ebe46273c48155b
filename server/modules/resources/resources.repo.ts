import type { Conn } from '../../core/db/kysely';
import './resources.tables';

export type AgreementRow = Awaited<ReturnType<typeof agreements>>[number];
export type OfferRow = Awaited<ReturnType<typeof offers>>[number];
export type DonationRow = Awaited<ReturnType<typeof donations>>[number];
export type NeedRow = Awaited<ReturnType<typeof needs>>[number];
export type DonationPhotoRow = NonNullable<Awaited<ReturnType<typeof findDonationPhoto>>>;

export const agreements = (conn: Conn, communityId: string) =>
  conn
    .selectFrom('pairing_agreements')
    .selectAll()
    .where('community_id', '=', communityId)
    .orderBy('signed_on', 'desc')
    .limit(500)
    .execute();
export const findAgreement = (conn: Conn, communityId: string, id: string) =>
  conn
    .selectFrom('pairing_agreements')
    .selectAll()
    .where('community_id', '=', communityId)
    .where('id', '=', id)
    .executeTakeFirst();

export const offers = (conn: Conn, communityId: string) =>
  conn
    .selectFrom('resource_offers')
    .selectAll()
    .where('community_id', '=', communityId)
    .orderBy('created_at', 'desc')
    .limit(500)
    .execute();
export const findOffer = (conn: Conn, communityId: string, id: string) =>
  conn
    .selectFrom('resource_offers')
    .selectAll()
    .where('community_id', '=', communityId)
    .where('id', '=', id)
    .executeTakeFirst();

export const donations = (conn: Conn, communityId: string) =>
  conn
    .selectFrom('donations')
    .selectAll()
    .where('community_id', '=', communityId)
    .orderBy('received_on', 'desc')
    .limit(500)
    .execute();
export const findDonation = (conn: Conn, communityId: string, id: string) =>
  conn
    .selectFrom('donations')
    .selectAll()
    .where('community_id', '=', communityId)
    .where('id', '=', id)
    .executeTakeFirst();
/** All donations' value, not only the page shown. */
export async function totalValue(conn: Conn, communityId: string): Promise<number> {
  const r = await conn
    .selectFrom('donations')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('value_fen'), eb.lit(0)).as('v'))
    .where('community_id', '=', communityId)
    .executeTakeFirst();
  return Number(r?.v ?? 0);
}
export const photosOfDonations = (conn: Conn, ids: string[]) =>
  ids.length
    ? conn
        .selectFrom('donation_photos')
        .select(['id', 'donation_id', 'width', 'height'])
        .where('donation_id', 'in', ids)
        .orderBy('created_at')
        .execute()
    : Promise.resolve([]);
export const findDonationPhoto = (conn: Conn, donationId: string, id: string) =>
  conn
    .selectFrom('donation_photos')
    .selectAll()
    .where('donation_id', '=', donationId)
    .where('id', '=', id)
    .executeTakeFirst();

export function needs(conn: Conn, communityId: string, status?: string) {
  let q = conn.selectFrom('needs').selectAll().where('community_id', '=', communityId);
  if (status) q = q.where('status', '=', status as NeedRow['status']);
  return q.orderBy('created_at', 'desc').limit(500).execute();
}
export const findNeed = (conn: Conn, communityId: string, id: string) =>
  conn.selectFrom('needs').selectAll().where('community_id', '=', communityId).where('id', '=', id).executeTakeFirst();

/**
 * Donations received on [fromDate, toDate) (YYYY-MM-DD): how many, their value, and the value of those that met
 * a need (what the community would otherwise have paid for) — the dashboards' figures.
 */
export async function donationTotals(conn: Conn, communityId: string, fromDate: string, toDate: string) {
  const r = await conn
    .selectFrom('donations as d')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.coalesce(eb.fn.sum<number>('d.value_fen'), eb.lit(0)).as('value'),
      eb.fn
        .coalesce(
          eb.fn.sum<number>(
            eb
              .case()
              .when(
                eb.exists(
                  eb
                    .selectFrom('needs as n')
                    .select('n.id')
                    .whereRef('n.donation_id', '=', 'd.id')
                    .where('n.status', '=', 'met'),
                ),
              )
              .then(eb.ref('d.value_fen'))
              .else(0)
              .end(),
          ),
          eb.lit(0),
        )
        .as('saved'),
    ])
    .where('d.community_id', '=', communityId)
    .where('d.received_on', '>=', fromDate)
    .where('d.received_on', '<', toDate)
    .executeTakeFirst();
  return { count: Number(r?.n ?? 0), valueFen: Number(r?.value ?? 0), savedFen: Number(r?.saved ?? 0) };
}
