import type { ItemKind } from '../model/item.js';
import type { GoldFile } from './gold-file.js';
import type { ComparableItem } from './item-fields.js';
import { metricMatches } from './metric-match.js';
import { prf, sumPrf, type Prf } from './prf.js';
import type { ScoredReading } from './score-reading.js';
import { scoreFrameworks } from './score-frameworks.js';
import { scoreItems } from './score-items.js';
import { scoreOutline } from './score-outline.js';

/**
 * The figures issue 9 asks of every document and corpus, side by side:
 * - `value`: items matched at value level (kind, number, base unit, overlapping span);
 * - `strict`: value matches that also have the right year, comparator and a
 *   metric name that passes `metricMatches`;
 * - `targets`, `actuals`, `milestones`: value-level F1 on the items of one kind
 *   only (both sides filtered), so a review read as targets shows up in both;
 * - `outline`, `frameworks`: the existing heading and framework matches.
 */
export interface Breakdown {
  readonly value: Prf;
  readonly strict: Prf;
  readonly targets: Prf;
  readonly actuals: Prf;
  readonly milestones: Prf;
  readonly outline: Prf;
  readonly frameworks: Prf;
}

export const BREAKDOWN_MEASURES = [
  'value',
  'strict',
  'targets',
  'actuals',
  'milestones',
  'outline',
  'frameworks',
] as const satisfies readonly (keyof Breakdown)[];

/** Scores one reading against its gold file, figure by figure. */
export function scoreBreakdown(reading: ScoredReading, gold: GoldFile): Breakdown {
  const items = scoreItems(gold.items, reading.items);
  let strictTp = 0;
  for (const pair of items.pairs) {
    const g = gold.items[pair.gold];
    const p = reading.items[pair.predicted];
    if (g !== undefined && p !== undefined && strictAgrees(g, p)) strictTp++;
  }
  return {
    value: items.value,
    strict: prf(strictTp, reading.items.length, gold.items.length),
    targets: kindScore('target', gold.items, reading.items),
    actuals: kindScore('actual', gold.items, reading.items),
    milestones: kindScore('milestone', gold.items, reading.items),
    outline: scoreOutline(gold.outline, reading.outline).match,
    frameworks: scoreFrameworks(gold.frameworks, reading.frameworks).match,
  };
}

/** Micro-average: counts summed per figure, ratios recomputed. */
export function sumBreakdowns(list: readonly Breakdown[]): Breakdown {
  const sum = (k: keyof Breakdown): Prf => sumPrf(list.map((b) => b[k]));
  return {
    value: sum('value'),
    strict: sum('strict'),
    targets: sum('targets'),
    actuals: sum('actuals'),
    milestones: sum('milestones'),
    outline: sum('outline'),
    frameworks: sum('frameworks'),
  };
}

/** A value-matched pair that also has the right year, comparator and metric name. */
export function strictAgrees(gold: ComparableItem, predicted: ComparableItem): boolean {
  return (
    gold.year === predicted.year &&
    gold.comparator === predicted.comparator &&
    metricMatches(gold.metric, predicted.metric)
  );
}

function kindScore(
  kind: ItemKind,
  gold: readonly ComparableItem[],
  predicted: readonly ComparableItem[],
): Prf {
  return scoreItems(
    gold.filter((i) => i.kind === kind),
    predicted.filter((i) => i.kind === kind),
  ).value;
}
