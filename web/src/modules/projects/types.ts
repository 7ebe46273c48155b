import type { z } from 'zod';
import type { Project as ProjectSchema, ProjectList as ListSchema, PublicProject as PublicSchema } from '../../../../contract/projects';

export type Project = z.infer<typeof ProjectSchema>;
export type ProjectList = z.infer<typeof ListSchema>;
export type PublicProject = z.infer<typeof PublicSchema>;
export const projectsUrl = (c: string, rest = '') => `/api/communities/${c}/projects${rest}`;
/** Fen as yuan with two decimals (money is stored in whole fen). */
export const yuan = (fen: number) => (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** Yuan typed by a person to whole fen (no floating-point drift: 0.29 → 29). */
export const toFen = (y: number) => Math.round(y * 100);
