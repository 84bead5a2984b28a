import type { Measure } from '@lantu/core';
import type { EffectiveObservation } from './observation-rows.js';

/**
 * One series' observations arranged for evaluating many targets of it. A target reads
 * only some measures (a level target levels; a growth target growths, and levels for
 * 翻一番-style changes restated as levels; a rank target ranks), and the same figure
 * reported by several sources counts once for a status: the engine uses the last exact
 * figure of a period, so keeping the last of identical figures changes no status. With
 * yearbooks repeating each other this cuts the work per target several times over.
 */
export interface SeriesFigures {
  readonly level: readonly EffectiveObservation[];
  readonly change: readonly EffectiveObservation[];
  readonly rank: readonly EffectiveObservation[];
}

const EMPTY: SeriesFigures = { level: [], change: [], rank: [] };

/** The figures a target of `measure` (null reads as a level) is judged on. */
export function figuresForMeasure(
  series: SeriesFigures | undefined,
  measure: Measure | null,
): readonly EffectiveObservation[] {
  const s = series ?? EMPTY;
  switch (measure ?? 'level') {
    case 'level':
      return s.level;
    case 'increase':
    case 'decrease':
      return s.change;
    case 'rank':
      return s.rank;
  }
}

/** Arranges one series (ordered as loadObservations orders it) by measure, duplicates dropped. */
export function arrangeSeries(observations: readonly EffectiveObservation[]): SeriesFigures {
  const unique = lastOfIdentical(observations);
  return {
    level: unique.filter((o) => o.measure === 'level'),
    change: unique.filter((o) => o.measure !== 'rank'),
    rank: unique.filter((o) => o.measure === 'rank'),
  };
}

/** Drops every figure an identical later one repeats, keeping order otherwise. */
function lastOfIdentical(observations: readonly EffectiveObservation[]): EffectiveObservation[] {
  const seen = new Set<string>();
  const kept: EffectiveObservation[] = [];
  for (let i = observations.length - 1; i >= 0; i--) {
    const o = observations[i] as EffectiveObservation;
    const key = `${o.year}|${o.period}|${o.measure}|${o.value}|${o.base_unit}|${o.comparator}|${o.scope ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(o);
  }
  return kept.reverse();
}
