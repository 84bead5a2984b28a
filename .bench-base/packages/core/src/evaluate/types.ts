import type { Indicator, Polarity } from '../model/indicator.js';
import type { Item } from '../model/item.js';
import type { Observation, ObservationSource } from '../model/observation.js';
import type { EvaluationConfig } from './config.js';
import type { FigureCache } from './figures.js';

/**
 * The status of a target as of a date. Chinese words (docs/status-method.md):
 * achieved 已完成/提前完成, on-track 按序时推进/超序时/符合预期, at-risk 滞后,
 * off-track 严重滞后, missed 未完成, not-yet-due 未到期, no-data 暂无数据.
 */
export type StatusCode =
  'achieved' | 'on-track' | 'at-risk' | 'off-track' | 'missed' | 'not-yet-due' | 'no-data';

export const STATUS_CODES: readonly StatusCode[] = [
  'achieved',
  'on-track',
  'at-risk',
  'off-track',
  'missed',
  'not-yet-due',
  'no-data',
];

/** Which published method produced a status (docs/status-method.md has one section each). */
export type MethodId =
  | 'eurostat-cagr-ratio'
  | 'linear-ratio'
  | 'deadline-comparator'
  | 'xushi-progress'
  | 'rank'
  | 'recurring-annual'
  | 'milestone'
  | 'none';

/**
 * The numbers a status rests on, all in base units (元, %, 人 …) except where
 * noted; null where the method did not use one. Growth rates are in percent
 * (7.1 means 7.1% a year), as items and observations write them; ratios are
 * plain fractions (0.95 = 95%).
 */
export interface StatusNumbers {
  readonly baseline_value: number | null;
  readonly baseline_year: number | null;
  readonly latest_value: number | null;
  readonly latest_year: number | null;
  /** Period of the latest figure (`H1`, `Q1-Q3` …), null for a whole year. */
  readonly latest_period: string | null;
  /** True when the latest figure is a threshold passed (突破/超, comparator `>`), not an exact figure. */
  readonly latest_is_bound: boolean;
  readonly target_value: number | null;
  /** Upper end of a `range` target. */
  readonly target_value_max: number | null;
  readonly target_year: number | null;
  /** CAGRᵣ (or, for the linear method, the required change a year), in percent / units. */
  readonly required_annual_growth: number | null;
  /** CAGRₐ (or the actual change a year), in percent / units. */
  readonly actual_annual_growth: number | null;
  /** The progress ratio compared with the bands (RR, attainment or 序时 ratio). */
  readonly ratio: number | null;
  /** Half-width of the `~`/`=` tolerance applied, in base units; null when none. */
  readonly tolerance: number | null;
  /** 序时进度: the share of the year elapsed (11/12 for January–November). */
  readonly elapsed_share: number | null;
  /** 序时进度: the part-year figure as a share of the full-year target. */
  readonly progress_share: number | null;
}

/** One year of a recurring (每年/年均) target. */
export interface YearResult {
  readonly year: number;
  readonly status: Extract<StatusCode, 'achieved' | 'missed' | 'no-data' | 'not-yet-due'>;
  readonly value: number | null;
}

export interface TargetStatus {
  readonly status: StatusCode;
  readonly method: MethodId;
  /** The Chinese and English status words for this method (超序时, on track …). */
  readonly label: { readonly zh: string; readonly en: string };
  readonly numbers: StatusNumbers;
  /** One sentence each, numbers written as Chinese readers expect (2693.3亿元, 7.9%). */
  readonly explanation: { readonly zh: string; readonly en: string };
  /** Recurring targets: one entry per year of the period, oldest first; empty otherwise. */
  readonly per_year: readonly YearResult[];
  /** The observations the status rests on (their sources are the evidence). */
  readonly observations: readonly Observation[];
}

/**
 * A report that a milestone was (or was not) completed: the Observation model
 * holds numbers only, so completion evidence has its own small type.
 */
export interface MilestoneEvidence {
  /** The year the report says the work was completed (or was still not done). */
  readonly year: number;
  readonly completed: boolean;
  readonly source: ObservationSource;
}

export interface EvaluateInput {
  readonly target: Item;
  /** The linked indicator: its polarity decides `=`/`~`/range targets, its names the wording. */
  readonly indicator?: Indicator | null;
  /** Overrides the indicator's polarity. */
  readonly polarity?: Polarity;
  /** Observations of the target's indicator and jurisdiction: levels, growth rates, ranks. */
  readonly observations: readonly Observation[];
  /**
   * Figures built from `observations`, shared with other evaluations over the same
   * (unchanged) observation arrays: `createFigureCache()` once per batch. Changes no status.
   */
  readonly figureCache?: FigureCache;
  /** Completion reports, for milestones. */
  readonly evidence?: readonly MilestoneEvidence[];
  /** ISO date the status is computed for (`2026-11-22`). */
  readonly asOf: string;
  /** Base year when the target states none; default deadline − `baselineOffsetYears`. */
  readonly baselineYear?: number;
  readonly config?: Partial<EvaluationConfig>;
}
