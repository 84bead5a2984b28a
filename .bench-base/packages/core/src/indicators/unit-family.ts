import type { UnitFamily } from '../model/indicator.js';
import type { Measure } from '../model/item.js';

/** Base units of the extraction spec (section 3, `base_unit`) by family. */
const FAMILY_BY_BASE_UNIT: Readonly<Record<string, UnitFamily>> = {
  元: 'currency',
  美元: 'currency',
  '%': 'percent',
  个百分点: 'percent',
  人: 'people',
  人次: 'people',
  吨: 'mass',
  立方米: 'volume',
  平方米: 'area',
  亩: 'area',
  公顷: 'area',
  米: 'length',
  分钟: 'duration',
  年: 'duration',
  岁: 'duration',
  位: 'rank',
  个: 'count',
  家: 'count',
  户: 'count',
  所: 'count',
  条: 'count',
  列: 'count',
  辆次: 'count',
  项: 'count',
  场: 'count',
  件: 'count',
  次: 'count',
  组: 'count',
};

/** The unit family of a base unit, or null when the unit is missing or unknown. */
export function unitFamilyOf(baseUnit: string | null): UnitFamily | null {
  if (baseUnit === null) return null;
  if (baseUnit.includes('标准煤')) return 'energy';
  return FAMILY_BY_BASE_UNIT[baseUnit] ?? null;
}

/**
 * Whether an item measured in `itemFamily` can be a figure of an indicator
 * kept in `indicatorFamily`. A rank is a place of any indicator; a growth rate
 * in % belongs to any indicator; otherwise the families must agree (people and
 * counts are interchangeable: 名, 人 and 户 are all headcounts). A level in %
 * of a currency indicator is a share, so it is refused.
 */
export function unitCompatible(
  measure: Measure | null,
  itemFamily: UnitFamily | null,
  indicatorFamily: UnitFamily,
): boolean {
  if (measure === 'rank' || itemFamily === null || itemFamily === 'rank') return true;
  if ((measure === 'increase' || measure === 'decrease') && itemFamily === 'percent') return true;
  if (itemFamily === indicatorFamily) return true;
  const headcount: readonly UnitFamily[] = ['people', 'count'];
  if (headcount.includes(itemFamily) && headcount.includes(indicatorFamily)) return true;
  return indicatorFamily === 'other' || itemFamily === 'other';
}
