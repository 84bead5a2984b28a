/**
 * The progress formulas of tracking-anchors.md §b.1–2, in one place.
 * Notation: y₀ base value at t₀, yₜ latest value at t, y⋆ target at T,
 * d = +1 when an increase is wanted, −1 when a decrease is.
 */

export interface TrajectoryInput {
  readonly y0: number;
  readonly t0: number;
  readonly yt: number;
  readonly t: number;
  readonly target: number;
  readonly T: number;
  readonly d: 1 | -1;
}

export interface TrajectoryResult {
  /** Actual change a year: CAGRₐ in percent, or points a year for the linear method. */
  readonly actual: number;
  /** Required change a year: CAGRᵣ in percent, or points a year. */
  readonly required: number;
  /** RR; null when no change is required (target equals the base). */
  readonly ratio: number | null;
}

/** Compound annual growth rate in percent: ((y₁/y₀)^(1/years) − 1) × 100. */
export function cagrPercent(y0: number, y1: number, years: number): number {
  return (Math.pow(y1 / y0, 1 / years) - 1) * 100;
}

/**
 * Eurostat/StatCan ratio (sdg-build `ProgressMeasure.py`, Eurostat SDG
 * monitoring annex): CAGRₐ = (yₜ/y₀)^(1/(t−t₀)) − 1, CAGRᵣ = (y⋆/y₀)^(1/(T−t₀)) − 1,
 * R = s·d·CAGRₐ / |CAGRᵣ| with s = −1 for a negative base. Zeros are replaced
 * by `zeroSubstitute` (StatCan edge rule). Returns null when the values do
 * not share one sign (StatCan: `not_available`) or the years are not ordered.
 */
export function cagrRatio(input: TrajectoryInput, zeroSubstitute: number): TrajectoryResult | null {
  const fix = (x: number): number => (x === 0 ? zeroSubstitute : x);
  const y0 = fix(input.y0);
  const yt = fix(input.yt);
  const target = fix(input.target);
  if (!(input.t > input.t0 && input.T > input.t0)) return null;
  const signs = new Set([Math.sign(y0), Math.sign(yt), Math.sign(target)]);
  if (signs.size !== 1) return null;
  const s = y0 < 0 ? -1 : 1;
  const actual = cagrPercent(y0, yt, input.t - input.t0);
  const required = cagrPercent(y0, target, input.T - input.t0);
  const ratio = required === 0 ? null : (s * input.d * actual) / Math.abs(required);
  return { actual, required, ratio };
}

/**
 * The linear counterpart for shares and rates (tracking-anchors.md §b,
 * "a linear ratio for share and cumulative targets"): actual and required
 * change a year in points, R = d·actual / |required|.
 */
export function linearRatio(input: TrajectoryInput): TrajectoryResult | null {
  if (!(input.t > input.t0 && input.T > input.t0)) return null;
  const actual = (input.yt - input.y0) / (input.t - input.t0);
  const required = (input.target - input.y0) / (input.T - input.t0);
  const ratio = required === 0 ? null : (input.d * actual) / Math.abs(required);
  return { actual, required, ratio };
}

/**
 * Required growth only (before any figure after the base exists), in
 * percent a year, or points a year for the linear method; null when the
 * values do not share a sign or the deadline is not after the base year.
 */
export function requiredOnly(
  y0: number,
  t0: number,
  target: number,
  T: number,
  linear: boolean,
  zeroSubstitute: number,
): number | null {
  if (!(T > t0)) return null;
  if (linear) return (target - y0) / (T - t0);
  const a = y0 === 0 ? zeroSubstitute : y0;
  const b = target === 0 ? zeroSubstitute : target;
  if (Math.sign(a) !== Math.sign(b)) return null;
  return cagrPercent(a, b, T - t0);
}

/** Average of annual rates in percent, compounded: ((∏(1+gᵢ/100))^(1/n) − 1) × 100. */
export function compoundAverage(ratesPercent: readonly number[]): number | null {
  if (ratesPercent.length === 0) return null;
  const product = ratesPercent.reduce((acc, g) => acc * (1 + g / 100), 1);
  if (product <= 0) return null;
  return (Math.pow(product, 1 / ratesPercent.length) - 1) * 100;
}
