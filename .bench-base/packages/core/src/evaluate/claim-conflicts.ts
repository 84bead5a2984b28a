import type { Observation } from '../model/observation.js';
import { DEFAULT_EVALUATION_CONFIG } from './config.js';
import { rankKey } from './rank-basis.js';

/** Observations of one figure that cannot all be true. */
export interface ClaimConflict {
  readonly indicator_code: string;
  readonly jurisdiction: string;
  readonly year: number;
  readonly period: string | null;
  readonly measure: Observation['measure'];
  readonly base_unit: string | null;
  /** The distinct exact values claimed, in first-seen order. */
  readonly values: readonly number[];
  /** Every observation of the figure, so every source is shown. */
  readonly observations: readonly Observation[];
}

export interface ClaimConflictOptions {
  /**
   * Relative difference below which two exact figures agree (rounding:
   * 2693.3 and 2693.28). Default 0: any difference is shown.
   */
  readonly relativeTolerance?: number;
  /** How far a `~` (约) figure may sit from an exact one; default `approxRelative` (5%). */
  readonly approxRelative?: number;
}

function agrees(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

/** Whether an exact value is consistent with a threshold or approximate claim. */
function consistent(exact: number, claim: Observation, approx: number): boolean {
  switch (claim.comparator) {
    case '=':
      return true; // compared separately, as values
    case '~':
      return agrees(exact, claim.value, approx);
    case '>':
      return exact > claim.value;
    case '>=':
      return exact >= claim.value;
    case '<':
      return exact < claim.value;
    case '<=':
      return exact <= claim.value;
  }
}

/**
 * Claims about the same figure — indicator, jurisdiction, year, period,
 * measure and base unit, and for ranks what is ranked and among whom — that disagree: two exact values that differ, or an
 * exact value that contradicts a threshold (突破3000亿 while another source
 * says 2693.3亿). Work reports and statistical communiqués often differ
 * (preliminary vs final, tracking-anchors.md §d.3); every source is kept.
 */
export function detectClaimConflicts(
  observations: readonly Observation[],
  options: ClaimConflictOptions = {},
): ClaimConflict[] {
  const tolerance = options.relativeTolerance ?? 0;
  const approx = options.approxRelative ?? DEFAULT_EVALUATION_CONFIG.approxRelative;
  const groups = new Map<string, Observation[]>();
  for (const o of observations) {
    const key = JSON.stringify([
      o.indicator_code,
      o.jurisdiction,
      o.year,
      o.period,
      o.measure,
      o.base_unit,
      // A growth-rate rank (增速第2位) is never compared with a total rank (总量第7位).
      rankKey(o),
    ]);
    const list = groups.get(key) ?? [];
    list.push(o);
    groups.set(key, list);
  }
  const conflicts: ClaimConflict[] = [];
  for (const list of groups.values()) {
    const values: number[] = [];
    for (const o of list) {
      if (o.comparator === '=' && !values.some((v) => agrees(v, o.value, tolerance))) {
        values.push(o.value);
      }
    }
    const contradicted = values.some((v) => list.some((o) => !consistent(v, o, approx)));
    if (values.length < 2 && !contradicted) continue;
    const first = list[0];
    if (first === undefined) continue;
    conflicts.push({
      indicator_code: first.indicator_code,
      jurisdiction: first.jurisdiction,
      year: first.year,
      period: first.period,
      measure: first.measure,
      base_unit: first.base_unit,
      values,
      observations: list,
    });
  }
  return conflicts;
}
