import type { Answer } from '../../lib/api';
import { fenAsYuan } from '../../lib/format';

/** The answers as the OpenAPI document declares them (contract/api.gen.ts); resources' page reads ProjectList too. */
export type Project = Answer<'/api/communities/{communityId}/projects/{id}'>;
export type ProjectList = Answer<'/api/communities/{communityId}/projects'>;

/**
 * The `src` of a project photo (an <img>, not a fetch): the staff route, or the public one when `communityId` is null.
 * The paths are those of `/api/communities/{communityId}/projects/{id}/photos/{photoId}` and `/api/public/projects/{id}/photos/{photoId}`.
 */
export const photoSrc = (communityId: string | null, projectId: string, photoId: string, size: 'thumb' | 'full') => {
  const base =
    communityId === null ? '/api/public/projects' : `/api/communities/${encodeURIComponent(communityId)}/projects`;
  return `${base}/${encodeURIComponent(projectId)}/photos/${encodeURIComponent(photoId)}?size=${size}`;
};
/** Fen as yuan with two decimals (money is stored in whole fen). */
export const yuan = fenAsYuan;
/** Yuan typed by a person to whole fen (no floating-point drift: 0.29 → 29). */
export const toFen = (y: number) => Math.round(y * 100);
