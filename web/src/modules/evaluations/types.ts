import type { Answer, Item } from '../../lib/api';

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
