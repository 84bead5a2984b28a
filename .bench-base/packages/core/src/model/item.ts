/**
 * An item is one quantity (or one dated commitment) read out of a document,
 * in the shape of the reading contract (spec section 3). Field names are
 * snake_case because this is the wire and storage contract.
 */
export type ItemKind = 'target' | 'actual' | 'milestone';

/** level: a stock or flow; increase/decrease: a change; rank: a place in a ranking. */
export type Measure = 'level' | 'increase' | 'decrease' | 'rank';

/**
 * `>=` covers 以上/不低于/达到 (inclusive, as Chinese legal usage reads 以上),
 * `>` covers 超/突破, `~` covers 左右/约, `range` a span such as 4.5%-5%.
 */
export type Comparator = '>=' | '>' | '<=' | '<' | '~' | '=' | 'range';

export interface Baseline {
  readonly value: number | null;
  readonly unit: string | null;
  readonly year: number | null;
}

export interface Item {
  readonly kind: ItemKind;
  readonly metric: string;
  readonly measure: Measure | null;
  readonly comparator: Comparator | null;
  readonly value: number | null;
  readonly value_max: number | null;
  readonly unit: string | null;
  readonly base_value: number | null;
  readonly base_unit: string | null;
  readonly year: number | null;
  /** `H1`, `Q1-Q3`, `2021-2025`, or null for a whole year. */
  readonly period: string | null;
  /** True for 每年/年均 targets. */
  readonly recurring: boolean;
  readonly baseline: Baseline | null;
  /** For ranks: what the ranking is among (全国, 全省县（市、区）). */
  readonly scope: string | null;
  /** The shortest clause holding metric and number, exactly as in the original text. */
  readonly text: string;
  /** UTF-16 offsets into the original text. */
  readonly start: number;
  readonly end: number;
  /** Index into the outline of the innermost entry containing `start`, or null. */
  readonly section: number | null;
  /**
   * How sure the reader is, 0–1, from the rules that fired. Optional: gold files
   * and readings stored before it existed have none; never scored.
   */
  readonly confidence?: number;
  /** Why the reader chose this kind and year, in a few words of Chinese (review screen). */
  readonly reason?: string;
  /** The rules behind `confidence`, each a short Chinese phrase led by + or −. */
  readonly confidence_reasons?: readonly string[];
  /**
   * Index (in the document's items) of the item this one restates: a second
   * expression of one promise in one clause (`突破4000亿元，比2025年翻一番`), judged
   * through the first and without a status of its own. Absent otherwise.
   */
  readonly restates?: number;
}

export const ITEM_KINDS: readonly ItemKind[] = ['target', 'actual', 'milestone'];
export const MEASURES: readonly Measure[] = ['level', 'increase', 'decrease', 'rank'];
export const COMPARATORS: readonly Comparator[] = ['>=', '>', '<=', '<', '~', '=', 'range'];
