/**
 * A value as written (2693.3 亿元) to base units (269330000000 元), for corrections: the
 * store keeps both and does not recompute one from the other, so the reader sends both.
 * Mirrors the magnitude prefixes core's number reader knows; kept here because the web app
 * imports no code from core.
 */

const PREFIXES: readonly (readonly [string, number])[] = [
  ['万亿', 1e12],
  ['千亿', 1e11],
  ['百亿', 1e10],
  ['十亿', 1e9],
  ['亿', 1e8],
  ['千万', 1e7],
  ['百万', 1e6],
  ['十万', 1e5],
  ['万', 1e4],
  ['千', 1e3],
];

/** Units that start with a magnitude character but are units of their own. */
const WHOLE_UNITS = new Set(['千瓦', '千瓦时', '千米', '千克', '千伏', '千卡']);

export interface BaseQuantity {
  readonly value: number | null;
  readonly unit: string | null;
}

export function toBaseUnit(value: number | null, unit: string | null): BaseQuantity {
  if (unit === null || unit === '') return { value, unit };
  if (WHOLE_UNITS.has(unit)) return { value, unit };
  for (const [prefix, factor] of PREFIXES) {
    if (unit.startsWith(prefix) && unit.length > prefix.length) {
      const rest = unit.slice(prefix.length);
      // Round away the binary noise of 2693.3 × 1e8 so the stored figure is the written one.
      const scaled = value === null ? null : Number((value * factor).toPrecision(15));
      return { value: scaled, unit: rest };
    }
  }
  return { value, unit };
}
