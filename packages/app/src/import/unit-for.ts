import {
  parseUnitText,
  unitCompatible,
  unitFamilyOf,
  type Indicator,
  type Observation,
} from '@lantu/core';

/** The base unit a figure is stored in and the factor from the written unit. */
export interface FigureUnit {
  readonly base: string | null;
  readonly factor: number;
}

const RANK_UNITS = new Set(['', '位', '名', '名次', '第']);

/**
 * The unit of one figure of `indicator`, from the unit cell: read with core's unit rules
 * (亿元 → 元 × 1e8), and refused when it cannot be a figure of that indicator (a level in
 * % of a currency indicator is a share, 万人 is not money). A level of an indicator kept
 * in a unit needs its unit written: a bare 2693.3 could be 元 or 亿元.
 */
export function unitFor(
  unitText: string,
  measure: Observation['measure'],
  indicator: Indicator,
): FigureUnit | string {
  if (measure === 'rank') {
    return RANK_UNITS.has(unitText)
      ? { base: '位', factor: 1 }
      : `a rank takes the unit 位, not "${unitText}"`;
  }
  const parsed = parseUnitText(unitText);
  if (parsed === null) return `unknown unit "${unitText}"`;
  if (parsed.base === null) {
    if (measure !== 'level') return 'no unit: give % for a growth rate, or the unit of the change';
    if (indicator.base_unit !== null) {
      return `no unit: ${indicator.name_zh} is kept in ${indicator.base_unit}; write the unit (亿元, 万人 …)`;
    }
    return parsed;
  }
  if (!unitCompatible(measure, unitFamilyOf(parsed.base), indicator.unit_family)) {
    return `unit "${unitText}" does not fit ${indicator.name_zh} (${indicator.unit_family}) as a ${measure}`;
  }
  return parsed;
}
