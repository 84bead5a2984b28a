/**
 * The 数据分析模型 of a level target (docs/status-method.md, "Analysis"): the growth still
 * required from the latest figure, a projection of the observed trend to the deadline by
 * two methods (compound growth and a straight line) with a band, and — once the deadline's
 * figure is in — whether the target was met or missed narrowly (within `margin`).
 * Pure arithmetic on figures in one unit; the caller picks the series (levels, one unit).
 */

export interface YearFigure {
  readonly year: number;
  readonly value: number;
}

export interface TargetTerms {
  readonly value: number;
  readonly year: number;
  /** `>=`/`>`: reach at least; `<=`/`<`: stay below; others are judged as at least. */
  readonly comparator: string | null;
}

export type Outlook = 'likely-met' | 'likely-missed' | 'uncertain';
export type Closeness = 'just-met' | 'just-missed' | null;

export interface TargetAnalysis {
  /** The annual growth (percent) still needed from the latest figure; null when due or none. */
  readonly requiredGrowth: number | null;
  /** The compound annual growth (percent) of the observed figures; null with fewer than 2. */
  readonly observedGrowth: number | null;
  /** The deadline value at the observed compound growth. */
  readonly projectedCompound: number | null;
  /** The deadline value on the least-squares straight line through the figures. */
  readonly projectedLinear: number | null;
  /** Lowest and highest plausible deadline value: both projections, widened by the line's scatter. */
  readonly band: readonly [number, number] | null;
  readonly outlook: Outlook | null;
  /** Set when the deadline's figure is in and lies within `margin` of the target. */
  readonly closeness: Closeness;
}

/** The default narrow margin: within 2 % of the target counts as "just" met or missed. */
export const DEFAULT_MARGIN = 0.02;

function upward(terms: TargetTerms): boolean {
  return terms.comparator !== '<=' && terms.comparator !== '<';
}

function meets(value: number, terms: TargetTerms): boolean {
  return upward(terms) ? value >= terms.value : value <= terms.value;
}

/** Least squares: slope and intercept of value on year, and the residuals' standard deviation. */
function lineFit(points: readonly YearFigure[]): {
  slope: number;
  at: (year: number) => number;
  scatter: number;
} {
  const n = points.length;
  const meanX = points.reduce((s, p) => s + p.year, 0) / n;
  const meanY = points.reduce((s, p) => s + p.value, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.year - meanX) ** 2, 0);
  const sxy = points.reduce((s, p) => s + (p.year - meanX) * (p.value - meanY), 0);
  const slope = sxx === 0 ? 0 : sxy / sxx;
  const at = (year: number) => meanY + slope * (year - meanX);
  const residual = points.reduce((s, p) => s + (p.value - at(p.year)) ** 2, 0);
  const scatter = n > 2 ? Math.sqrt(residual / (n - 2)) : 0;
  return { slope, at, scatter };
}

export function analyseTarget(
  figures: readonly YearFigure[],
  terms: TargetTerms,
  margin: number = DEFAULT_MARGIN,
): TargetAnalysis {
  // One figure per year (the last given wins), oldest first.
  const byYear = new Map<number, number>();
  for (const f of figures) if (Number.isFinite(f.value)) byYear.set(f.year, f.value);
  const points = [...byYear]
    .map(([year, value]) => ({ year, value }))
    .sort((a, b) => a.year - b.year);
  const latest = points.at(-1);
  const empty: TargetAnalysis = {
    requiredGrowth: null,
    observedGrowth: null,
    projectedCompound: null,
    projectedLinear: null,
    band: null,
    outlook: null,
    closeness: null,
  };
  if (latest === undefined) return empty;
  const atDeadline = byYear.get(terms.year);
  if (atDeadline !== undefined || latest.year > terms.year) {
    const figure = atDeadline ?? latest.value;
    const near = Math.abs(figure - terms.value) <= margin * Math.abs(terms.value);
    return {
      ...empty,
      closeness: near ? (meets(figure, terms) ? 'just-met' : 'just-missed') : null,
    };
  }
  const years = terms.year - latest.year;
  const requiredGrowth =
    latest.value > 0 && terms.value > 0
      ? ((terms.value / latest.value) ** (1 / years) - 1) * 100
      : null;
  const first = points[0];
  if (points.length < 2 || first === undefined) return { ...empty, requiredGrowth };
  const span = latest.year - first.year;
  const observedGrowth =
    first.value > 0 && latest.value > 0
      ? ((latest.value / first.value) ** (1 / span) - 1) * 100
      : null;
  const projectedCompound =
    observedGrowth === null ? null : latest.value * (1 + observedGrowth / 100) ** years;
  const line = lineFit(points);
  const projectedLinear = line.at(terms.year);
  const ends = [projectedLinear, ...(projectedCompound === null ? [] : [projectedCompound])];
  const band: readonly [number, number] = [
    Math.min(...ends) - line.scatter,
    Math.max(...ends) + line.scatter,
  ];
  const [low, high] = band;
  const outlook: Outlook = upward(terms)
    ? low >= terms.value
      ? 'likely-met'
      : high < terms.value
        ? 'likely-missed'
        : 'uncertain'
    : high <= terms.value
      ? 'likely-met'
      : low > terms.value
        ? 'likely-missed'
        : 'uncertain';
  return {
    requiredGrowth,
    observedGrowth,
    projectedCompound,
    projectedLinear,
    band,
    outlook,
    closeness: null,
  };
}
