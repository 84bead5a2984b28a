import type { Measure } from '@lantu/core';
import type { FigureSource } from '../plans/plan-types.js';

/** One value in a comparison, with where it comes from. */
export interface ComparedValue {
  /** In base units (元, %, 人, 位). */
  readonly value: number;
  /** As a reader says it: `≥6%`, `约5.5%`, `2693.3亿元`. */
  readonly text: string;
  readonly source: FigureSource;
}

/** One jurisdiction's target and outcome for one year. */
export interface ComparisonCell {
  readonly year: number;
  /** The latest-stated target for that year, if any. */
  readonly target: ComparedValue | null;
  /** The reported figure for that year (whole year, exact first), if any. */
  readonly actual: ComparedValue | null;
}

export interface ComparisonRow {
  readonly jurisdiction: {
    readonly code: string;
    readonly name_zh: string;
    readonly name_en: string;
    readonly level: string;
  };
  /** One cell per year, oldest first. */
  readonly cells: readonly ComparisonCell[];
}

/** The same indicator and measure across jurisdictions (cross-city comparison). */
export interface Comparison {
  readonly indicator: { readonly code: string; readonly name_zh: string; readonly name_en: string };
  readonly measure: Measure;
  readonly base_unit: string | null;
  readonly years: readonly number[];
  /** Highest level first (全国, provinces, prefectures, counties), then by name. */
  readonly rows: readonly ComparisonRow[];
}

export interface ComparisonQuery {
  readonly indicator: string;
  /** Default `level`; `increase` compares growth rates (GDP growth target vs outcome). */
  readonly measure?: Measure;
  /** Codes or names; default every jurisdiction with a target or figure for it. */
  readonly jurisdictions?: readonly string[];
  /** Only these years; default all. */
  readonly years?: readonly number[];
}
