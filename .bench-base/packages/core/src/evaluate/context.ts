import type { Indicator, Polarity } from '../model/indicator.js';
import type { Item } from '../model/item.js';
import type { Observation } from '../model/observation.js';
import type { AsOf } from './calendar.js';
import type { EvaluationConfig } from './config.js';
import type { FigureCache } from './figures.js';
import { statusLabel, type LabelDetail } from './status-labels.js';
import type {
  MethodId,
  MilestoneEvidence,
  StatusCode,
  StatusNumbers,
  TargetStatus,
  YearResult,
} from './types.js';

/** Formats a base-unit value of the compared quantity in Chinese and English. */
export interface Formatter {
  readonly zh: (base: number) => string;
  readonly en: (base: number) => string;
}

/** Everything a method needs, resolved once by `evaluateTarget`. */
export interface EvalContext {
  readonly item: Item;
  readonly indicator: Indicator | null;
  /** The indicator's polarity (or the caller's override), before comparator defaults. */
  readonly polarity: Polarity | undefined;
  readonly config: EvaluationConfig;
  readonly asOf: AsOf;
  readonly observations: readonly Observation[];
  /** Figures shared across evaluations (see `FigureCache`), when the caller gives one. */
  readonly figureCache: FigureCache | undefined;
  readonly evidence: readonly MilestoneEvidence[];
  readonly baselineYear: number | undefined;
  /** The metric as the document wrote it, and an English name (the indicator's, else the metric). */
  readonly name: { readonly zh: string; readonly en: string };
}

export const EMPTY_NUMBERS: StatusNumbers = {
  baseline_value: null,
  baseline_year: null,
  latest_value: null,
  latest_year: null,
  latest_period: null,
  latest_is_bound: false,
  target_value: null,
  target_value_max: null,
  target_year: null,
  required_annual_growth: null,
  actual_annual_growth: null,
  ratio: null,
  tolerance: null,
  elapsed_share: null,
  progress_share: null,
};

export interface StatusParts {
  readonly status: StatusCode;
  readonly method: MethodId;
  readonly numbers?: Partial<StatusNumbers>;
  readonly zh: string;
  readonly en: string;
  readonly detail?: LabelDetail;
  readonly per_year?: readonly YearResult[];
  readonly observations?: readonly Observation[];
}

/** Assembles a TargetStatus, filling unused numbers with null and the label from the status. */
export function makeStatus(parts: StatusParts): TargetStatus {
  return {
    status: parts.status,
    method: parts.method,
    label: statusLabel(parts.status, parts.method, parts.detail),
    numbers: { ...EMPTY_NUMBERS, ...parts.numbers },
    explanation: { zh: parts.zh, en: parts.en },
    per_year: parts.per_year ?? [],
    observations: parts.observations ?? [],
  };
}

/** `YYYY-MM` of a due month, for explanations. */
export function monthText(due: { readonly year: number; readonly month: number }): {
  readonly zh: string;
  readonly en: string;
} {
  return {
    zh: `${due.year}年${due.month}月`,
    en: `${due.year}-${String(due.month).padStart(2, '0')}`,
  };
}
