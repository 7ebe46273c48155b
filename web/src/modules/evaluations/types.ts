import type { Answer, Item } from '../../lib/api';
import { fenAsYuan } from '../../lib/format';

// What the evaluation routes answer, as the OpenAPI document (contract/api.gen.ts) declares it.
export type RoundView = Answer<'/api/communities/{communityId}/evaluations/{id}'>;
export type RoundSummaryView = Item<'/api/communities/{communityId}/evaluations'>;
export type RectificationView = Item<'/api/communities/{communityId}/rectifications'>;
export type RubricView = Answer<'/api/communities/{communityId}/evaluation-rubric'>;
export type TrendView = Answer<'/api/communities/{communityId}/evaluations/trend'>;
export type TownRow = Item<'/api/towns/{townId}/evaluations'>;

/**
 * The address of a completion photo for an <img> (the browser fetches it with the session cookie, not the client):
 * the route /api/communities/{communityId}/rectifications/{id}/photos/{photoId}?size=thumb|full.
 */
export const rectificationPhotoSrc = (
  communityId: string,
  rectificationId: string,
  photoId: string,
  size: 'thumb' | 'full',
) =>
  `/api/communities/${encodeURIComponent(communityId)}/rectifications/${encodeURIComponent(rectificationId)}/photos/${encodeURIComponent(photoId)}?size=${size}`;

type Figures = RoundView['figures'];
/** Fen as yuan with two decimals. */
const yuan = (fen: number) => `¥${fenAsYuan(fen)}`;
/**
 * The quarter's objective figures as label keys and shown values, for the round page and the public notice:
 * tickets, work orders and duty gaps; a figure not recorded when the round closed shows as such.
 */
export function figureRows(f: Figures, notRecorded: string): Array<{ key: string; value: string }> {
  const v = (x: number | null, fmt: (n: number) => string = String) => (x === null ? notRecorded : fmt(x));
  return [
    { key: 'tickets', value: String(f.tickets) },
    { key: 'response', value: f.avgResponseHours === null ? '—' : String(f.avgResponseHours) },
    { key: 'resolution', value: f.avgResolutionHours === null ? '—' : String(f.avgResolutionHours) },
    { key: 'satisfaction', value: f.avgSatisfaction === null ? '—' : String(f.avgSatisfaction) },
    { key: 'overdue', value: String(f.overdue) },
    { key: 'reopened', value: String(f.reopened) },
    { key: 'workOrders', value: v(f.workOrders) },
    { key: 'workOrdersCompleted', value: v(f.workOrdersCompleted) },
    {
      key: 'avgCompletion',
      value: f.workOrdersCompleted === 0 ? '—' : v(f.avgCompletionHours),
    },
    { key: 'emergencyWorkOrders', value: v(f.emergencyWorkOrders) },
    { key: 'repairSpent', value: v(f.repairSpentFen, yuan) },
    { key: 'dutyGap', value: v(f.dutyGapHours) },
  ];
}
