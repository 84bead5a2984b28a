/**
 * A canonical indicator (地区生产总值, 一般公共预算收入 …): what a target or an
 * actual measures, independent of how one document words it.
 */
export type UnitFamily =
  | 'currency'
  | 'percent'
  | 'count'
  | 'people'
  | 'area'
  | 'mass'
  | 'volume'
  | 'length'
  | 'duration'
  | 'energy'
  | 'rank'
  | 'index'
  | 'other';

/** Which way is good: GDP up, unemployment down, CPI near a target. */
export type Polarity = 'higher-is-better' | 'lower-is-better' | 'target-is-best';

export interface Indicator {
  /** Stable slug, e.g. `gdp`, `general-public-budget-revenue`. */
  readonly code: string;
  readonly name_zh: string;
  readonly name_en: string;
  /** Other ways documents write it (全市生产总值, 地区生产总值, GDP …). */
  readonly aliases: readonly string[];
  readonly unit_family: UnitFamily;
  /** The base unit observations are kept in (元, %, 人 …). */
  readonly base_unit: string | null;
  readonly polarity: Polarity;
}
