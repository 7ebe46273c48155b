/**
 * Chinese licence plates (GA 36): province, issuing-office letter (I and O are not used), then five
 * characters — or six for new-energy plates: a small car's D/F (or A–K under the 2022 extension) comes first
 * (沪AD12345), a large vehicle's comes last (沪A12345D). Spaces, dots and dashes people type are dropped.
 */
const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
const L = 'A-HJ-NP-Z';
const PLATE = new RegExp(
  `^[${PROVINCES}][${L}](?:[${L}0-9]{4}[${L}0-9挂学警港澳]|[A-HJK][${L}0-9]\\d{4}|\\d{5}[A-HJK])$`,
);

export function normalizePlate(s: string): string {
  return s.replace(/[\s·・.\-_]/g, '').toUpperCase();
}

export function isValidPlate(plate: string): boolean {
  return PLATE.test(plate);
}

export const isNewEnergy = (plate: string) => [...plate].length === 8;

/** 沪A12345 → 沪A·1**45, 沪AD12345 → 沪A·D***45: the region and the ends, not the plate. */
export function maskPlate(plate: string): string {
  const c = [...plate];
  const tail = c.slice(2);
  return `${c[0]}${c[1]}·${tail[0]}${'*'.repeat(Math.max(1, tail.length - 3))}${tail.slice(-2).join('')}`;
}
