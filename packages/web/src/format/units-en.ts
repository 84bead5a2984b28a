/**
 * Chinese units in English, for the English UI. One documented style, the one core's
 * explanations and the poster already use: the unit word after the number, scaled with
 * million / billion / trillion (269.33 billion yuan, 3 million people, 0.5 percentage points).
 * A unit not listed is shown as the document wrote it (a quotation, never a guess).
 */
const EN_UNITS: Readonly<Record<string, string>> = {
  元: 'yuan',
  美元: 'US dollars',
  '元/人': 'yuan per person',
  人: 'people',
  名: 'people',
  人次: 'person-times',
  个: '',
  家: 'firms',
  村: 'villages',
  个村: 'villages',
  镇: 'towns',
  个镇: 'towns',
  个社区: 'communities',
  个项目: 'projects',
  个品牌: 'brands',
  户: 'households',
  件: 'items',
  项: 'projects',
  所: 'institutions',
  条: 'lines',
  处: 'sites',
  场: 'events',
  部: 'works',
  套: 'units',
  组: 'groups',
  班: 'services',
  次: 'times',
  枚: 'pieces',
  列: 'trains',
  辆次: 'vehicle trips',
  台次: 'machine runs',
  '台(套)': 'sets',
  吨: 'tonnes',
  '吨/日': 'tonnes a day',
  '吨/年': 'tonnes a year',
  斤: 'jin',
  亩: 'mu',
  米: 'metres',
  公里: 'km',
  平方米: 'square metres',
  平方公里: 'square km',
  立方米: 'cubic metres',
  千瓦: 'kW',
  千瓦时: 'kWh',
  '微克/立方米': 'μg/m³',
  分钟: 'minutes',
  小时: 'hours',
  天: 'days',
  年: 'years',
  岁: 'years',
  个百分点: 'percentage points',
  百分点: 'percentage points',
  个千分点: 'per-mille points',
  位: 'place',
};

/**
 * A unit that is only a magnitude (300亿 with nothing after it: 30 billion of whatever the
 * sentence counts): its factor, so the value can be written as a plain number.
 */
const BARE_MAGNITUDES: Readonly<Record<string, number>> = {
  万亿: 1e12,
  千亿: 1e11,
  百亿: 1e10,
  十亿: 1e9,
  亿: 1e8,
  千万: 1e7,
  百万: 1e6,
  十万: 1e5,
  万: 1e4,
  千: 1e3,
};

export function bareMagnitude(unit: string | null | undefined): number | null {
  return unit === null || unit === undefined ? null : (BARE_MAGNITUDES[unit] ?? null);
}

/** The English word for a Chinese unit (`元` → `yuan`, `个` → ``); `%` and `‰` stay. */
export function unitEn(unit: string | null | undefined): string {
  if (unit === null || unit === undefined) return '';
  return EN_UNITS[unit] ?? unit;
}

/** A rank as an English ordinal: 1 → 1st, 2 → 2nd, 23 → 23rd, 11 → 11th. */
const ORDINAL = new Intl.PluralRules('en', { type: 'ordinal' });
const SUFFIX: Readonly<Record<string, string>> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
export function ordinalEn(n: number): string {
  return `${n}${SUFFIX[ORDINAL.select(n)] ?? 'th'}`;
}
