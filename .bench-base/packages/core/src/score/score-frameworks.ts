import type { Framework } from '../model/framework.js';
import { normalisePhrase } from './fuzzy-text.js';
import { greedyMatch, type Candidate } from './greedy-match.js';
import { prf, type Prf } from './prf.js';
import { spanIou, spansOverlap } from './spans.js';

export interface IndexedFramework {
  readonly index: number;
  readonly framework: Framework;
}

export interface FrameworkPair {
  readonly gold: number;
  readonly predicted: number;
  /** Same number of parts with the same count in each (`138` is 1, 3, 8). */
  readonly partsCountAgrees: boolean;
  /** Listed item names, all parts together, compared as multisets. */
  readonly listedItems: Prf;
}

/** Counts that add up over documents. */
export interface FrameworkSummary {
  /** Precision leaves out `repeats`. */
  readonly match: Prf;
  /** Unmatched predicted frameworks that name a gold framework again. */
  readonly repeats: number;
  /** Among matched pairs, how many agree on parts and counts. */
  readonly partsCountAgree: number;
  /** Listed-item agreement summed over matched pairs. */
  readonly listedItems: Prf;
}

export interface FrameworkScore extends FrameworkSummary {
  readonly pairs: readonly FrameworkPair[];
  readonly misses: readonly IndexedFramework[];
  readonly spurious: readonly IndexedFramework[];
  readonly repeated: readonly IndexedFramework[];
}

/**
 * Matches frameworks one-to-one by normalised name (quotes and spaces
 * stripped) or overlapping span: a pair with both wins, then overlap alone,
 * then name alone; ties go to the larger overlap, then the nearer start.
 *
 * The gold records a framework once per document, at the mention it chose
 * (its `occurrence`), even when the name recurs (八八战略 three times). A
 * reading that reports every mention is not wrong, so an unmatched predicted
 * framework whose name equals a gold framework's is a `repeat`: listed, but
 * neither a match nor spurious.
 */
export function scoreFrameworks(
  gold: readonly Framework[],
  predicted: readonly Framework[],
): FrameworkScore {
  const goldNames = gold.map((g) => normalisePhrase(g.name));
  const predictedNames = predicted.map((p) => normalisePhrase(p.name));
  const candidates: Candidate[] = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      const sameName = goldNames[gi] !== '' && goldNames[gi] === predictedNames[pi];
      const overlap = spansOverlap(g, p);
      if (!sameName && !overlap) return;
      candidates.push({
        gold: gi,
        predicted: pi,
        // Place outranks name: the reading of the same words is the same framework even when
        // named differently (三大综合立体交通走廊 for 三大交通走廊), while a same-name
        // mention elsewhere is usually a repeat.
        score: [
          Number(overlap) * 2 + Number(sameName),
          spanIou(g, p),
          -Math.abs(g.start - p.start),
        ],
      });
    });
  });

  const pairs: FrameworkPair[] = greedyMatch(candidates).map((m) => {
    const g = gold[m.gold];
    const p = predicted[m.predicted];
    return {
      ...m,
      partsCountAgrees: sameCounts(g, p),
      listedItems: listedItemScore(g, p),
    };
  });
  const goldMatched = new Set(pairs.map((p) => p.gold));
  const predictedMatched = new Set(pairs.map((p) => p.predicted));
  const knownNames = new Set(goldNames.filter((n) => n !== ''));

  const misses: IndexedFramework[] = [];
  gold.forEach((framework, index) => {
    if (!goldMatched.has(index)) misses.push({ index, framework });
  });
  const spurious: IndexedFramework[] = [];
  const repeated: IndexedFramework[] = [];
  predicted.forEach((framework, index) => {
    if (predictedMatched.has(index)) return;
    const isRepeat = knownNames.has(predictedNames[index] ?? '');
    (isRepeat ? repeated : spurious).push({ index, framework });
  });

  let itemTp = 0;
  let itemPredicted = 0;
  let itemGold = 0;
  for (const pair of pairs) {
    itemTp += pair.listedItems.tp;
    itemPredicted += pair.listedItems.predicted;
    itemGold += pair.listedItems.gold;
  }

  return {
    match: prf(pairs.length, predicted.length - repeated.length, gold.length),
    repeats: repeated.length,
    partsCountAgree: pairs.filter((p) => p.partsCountAgrees).length,
    listedItems: prf(itemTp, itemPredicted, itemGold),
    pairs,
    misses,
    spurious,
    repeated,
  };
}

function sameCounts(g: Framework | undefined, p: Framework | undefined): boolean {
  const a = g?.parts.map((part) => part.count) ?? [];
  const b = p?.parts.map((part) => part.count) ?? [];
  return a.length === b.length && a.every((count, i) => count === b[i]);
}

function listedItemScore(g: Framework | undefined, p: Framework | undefined): Prf {
  const goldItems = (g?.parts ?? []).flatMap((part) => part.items.map(normalisePhrase));
  const predictedItems = (p?.parts ?? []).flatMap((part) => part.items.map(normalisePhrase));
  const remaining = new Map<string, number>();
  for (const item of goldItems) remaining.set(item, (remaining.get(item) ?? 0) + 1);
  let tp = 0;
  for (const item of predictedItems) {
    const n = remaining.get(item) ?? 0;
    if (n > 0) {
      tp++;
      remaining.set(item, n - 1);
    }
  }
  return prf(tp, predictedItems.length, goldItems.length);
}
