import { fenAsYuan } from '../../lib/format';

/** Fen as yuan with two decimals: ¥2,410.00. */
export const yuan = (fen: number) => `¥${fenAsYuan(fen)}`;
