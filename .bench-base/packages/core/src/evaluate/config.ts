import { LantuError } from '../errors.js';

/**
 * Thresholds and defaults of the status engine. Every field has a default in
 * `DEFAULT_EVALUATION_CONFIG`; docs/status-method.md explains each one.
 */
export interface EvaluationConfig {
  /**
   * Progress ratio at or above which a target is on track. Eurostat EU-SDG
   * monitoring and the StatCan method in Open SDG (sdg-build
   * `sdg/ProgressMeasure.py`): RR = CAGRₐ / CAGRᵣ ≥ 95% is "substantial
   * progress" (tracking-anchors.md §b.1–2).
   */
  readonly onTrackRatio: number;
  /**
   * Progress ratio at or above which a target is at risk rather than off
   * track: the 60% split between "moderate" and "insufficient/limited"
   * progress in the same two sources. Setting it to 0 gives the anchors'
   * five-status mapping (at risk = 0 ≤ RR < 0.95, off track = RR < 0).
   */
  readonly atRiskRatio: number;
  /**
   * `~` (左右/约) tolerance for figures in % or 个百分点, in percentage points.
   * No official source fixes it (china-users.md §1.1: "no national document
   * defines numeric thresholds"); 0.5 pp is half the usual 1-point step
   * between annual growth targets.
   */
  readonly approxPercentPoints: number;
  /** `~` tolerance for other figures, relative to the target (0.05 = ±5%). */
  readonly approxRelative: number;
  /**
   * Months after a year ends before its whole-year figure is expected.
   * County work reports (January) and statistical communiqués (March–April)
   * publish the previous year's figures; 3 means "from 1 April".
   */
  readonly annualDataLagMonths: number;
  /**
   * Months after a milestone's deadline year before a report on it is
   * expected: the next year's work report (January–February) gives it.
   */
  readonly milestoneEvidenceLagMonths: number;
  /**
   * With no report of completion (or non-completion) once evidence is due,
   * a milestone is `missed` when true, `no-data` when false. Silence is a
   * signal (tracking-anchors.md §d.8) but not proof, so the default is false.
   */
  readonly milestoneSilenceIsMissed: boolean;
  /**
   * Base year = deadline − this, when the target states none: a five-year
   * plan's base year is the year before its first (2025 for a 2030 target).
   * If that year has no figure the next year with data is used (StatCan
   * edge rule, tracking-anchors.md §b.2).
   */
  readonly baselineOffsetYears: number;
  /**
   * A zero base or target is replaced by this before taking growth rates
   * (StatCan edge rule, tracking-anchors.md §b.2).
   */
  readonly zeroSubstitute: number;
  /**
   * 序时进度: a part-year result at least this multiple of the schedule is
   * labelled 超序时 (ahead) rather than 按序时推进 (on schedule). Label only.
   */
  readonly xushiAheadRatio: number;
}

/** The documented defaults (docs/status-method.md, "Defaults"). */
export const DEFAULT_EVALUATION_CONFIG: EvaluationConfig = {
  onTrackRatio: 0.95,
  atRiskRatio: 0.6,
  approxPercentPoints: 0.5,
  approxRelative: 0.05,
  annualDataLagMonths: 3,
  milestoneEvidenceLagMonths: 3,
  milestoneSilenceIsMissed: false,
  baselineOffsetYears: 5,
  zeroSubstitute: 0.001,
  xushiAheadRatio: 1.05,
};

/**
 * Defaults overlaid with `overrides`, checked. Throws LantuError
 * INPUT_INVALID for a threshold order that would make a band empty or
 * inverted, or a negative tolerance or lag.
 */
export function resolveConfig(overrides: Partial<EvaluationConfig> = {}): EvaluationConfig {
  const config: EvaluationConfig = { ...DEFAULT_EVALUATION_CONFIG, ...overrides };
  const problems: string[] = [];
  if (!(config.onTrackRatio > 0)) problems.push('onTrackRatio must be > 0');
  if (!(config.atRiskRatio <= config.onTrackRatio)) {
    problems.push('atRiskRatio must be <= onTrackRatio');
  }
  for (const key of [
    'approxPercentPoints',
    'approxRelative',
    'annualDataLagMonths',
    'milestoneEvidenceLagMonths',
    'baselineOffsetYears',
  ] as const) {
    if (!(config[key] >= 0)) problems.push(`${key} must be >= 0`);
  }
  if (!(config.zeroSubstitute > 0)) problems.push('zeroSubstitute must be > 0');
  if (!(config.xushiAheadRatio >= 1)) problems.push('xushiAheadRatio must be >= 1');
  if (problems.length > 0) {
    throw new LantuError('INPUT_INVALID', `Invalid evaluation config: ${problems.join('; ')}.`);
  }
  return config;
}
