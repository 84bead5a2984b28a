import { greedyMatch, type Candidate } from './greedy-match.js';
import {
  disagreeingFields,
  ITEM_FIELDS,
  sameValue,
  showField,
  type ComparableItem,
  type ItemField,
} from './item-fields.js';
import { prf, type Prf } from './prf.js';
import { spanIou, spansOverlap } from './spans.js';

/** How far apart two starts may be and still be candidates when the spans do not overlap. */
export const ITEM_START_SLACK = 3;

/** An item of either side, with its index in that side's list. */
export interface IndexedItem {
  readonly index: number;
  readonly item: ComparableItem;
}

/** A gold item nobody matched, with what the reading put nearest to it (if anything). */
export interface ItemMiss {
  readonly gold: IndexedItem;
  /** The predicted candidate with the largest overlap, matched elsewhere or not. */
  readonly nearest: IndexedItem | null;
}

/** One field on which a value-matched pair disagrees. */
export interface FieldDisagreement {
  readonly field: ItemField;
  readonly gold: string;
  readonly predicted: string;
  readonly goldItem: IndexedItem;
  readonly predictedItem: IndexedItem;
}

/** A value-matched pair and the fields it gets wrong (none: a FULL match). */
export interface ItemPair {
  readonly gold: number;
  readonly predicted: number;
  readonly disagreements: readonly ItemField[];
}

/** Counts that add up over documents. */
export interface ItemSummary {
  readonly value: Prf;
  readonly full: Prf;
  /** Per field, how many value-matched pairs disagree on it. */
  readonly fieldErrors: Readonly<Record<ItemField, number>>;
}

export interface ItemScore extends ItemSummary {
  readonly pairs: readonly ItemPair[];
  readonly disagreements: readonly FieldDisagreement[];
  readonly misses: readonly ItemMiss[];
  readonly spurious: readonly IndexedItem[];
}

/**
 * Matches predicted items to gold one-to-one and scores them. Candidates are
 * pairs whose spans overlap (or start within ITEM_START_SLACK); only pairs
 * that also agree at value level are matched, best first: fewest field
 * disagreements, then span overlap, then nearest start and end.
 */
export function scoreItems(
  gold: readonly ComparableItem[],
  predicted: readonly ComparableItem[],
): ItemScore {
  const candidates: Candidate[] = [];
  const disagreementsOf = new Map<string, ItemField[]>();
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      if (!areCandidates(g, p) || !sameValue(g, p)) return;
      const fields = disagreeingFields(g, p);
      disagreementsOf.set(`${gi}:${pi}`, fields);
      candidates.push({
        gold: gi,
        predicted: pi,
        score: [
          -fields.length,
          spanIou(g, p),
          -Math.abs(g.start - p.start),
          -Math.abs(g.end - p.end),
        ],
      });
    });
  });

  const pairs: ItemPair[] = greedyMatch(candidates).map((m) => ({
    ...m,
    disagreements: disagreementsOf.get(`${m.gold}:${m.predicted}`) ?? [],
  }));
  const fieldErrors = countFields(pairs);
  const fullTp = pairs.filter((p) => p.disagreements.length === 0).length;

  const disagreements: FieldDisagreement[] = [];
  for (const pair of pairs) {
    const goldItem = gold[pair.gold];
    const predictedItem = predicted[pair.predicted];
    if (goldItem === undefined || predictedItem === undefined) continue;
    const g = { index: pair.gold, item: goldItem };
    const p = { index: pair.predicted, item: predictedItem };
    for (const field of pair.disagreements) {
      disagreements.push({
        field,
        gold: showField(g.item, field),
        predicted: showField(p.item, field),
        goldItem: g,
        predictedItem: p,
      });
    }
  }

  const goldMatched = new Set(pairs.map((p) => p.gold));
  const predictedMatched = new Set(pairs.map((p) => p.predicted));
  const misses: ItemMiss[] = [];
  gold.forEach((item, index) => {
    if (!goldMatched.has(index))
      misses.push({ gold: { index, item }, nearest: nearest(item, predicted) });
  });
  const spurious: IndexedItem[] = [];
  predicted.forEach((item, index) => {
    if (!predictedMatched.has(index)) spurious.push({ index, item });
  });

  return {
    value: prf(pairs.length, predicted.length, gold.length),
    full: prf(fullTp, predicted.length, gold.length),
    fieldErrors,
    pairs,
    disagreements,
    misses,
    spurious,
  };
}

/** An all-zero field count, the start of a sum. */
export function emptyFieldErrors(): Record<ItemField, number> {
  const counts = {} as Record<ItemField, number>;
  for (const f of ITEM_FIELDS) counts[f] = 0;
  return counts;
}

function areCandidates(g: ComparableItem, p: ComparableItem): boolean {
  return spansOverlap(g, p) || Math.abs(g.start - p.start) <= ITEM_START_SLACK;
}

function countFields(pairs: readonly ItemPair[]): Record<ItemField, number> {
  const counts = emptyFieldErrors();
  for (const pair of pairs) for (const f of pair.disagreements) counts[f]++;
  return counts;
}

function nearest(g: ComparableItem, predicted: readonly ComparableItem[]): IndexedItem | null {
  let best: IndexedItem | null = null;
  let bestIou = -1;
  predicted.forEach((item, index) => {
    if (!areCandidates(g, item)) return;
    const iou = spanIou(g, item);
    if (iou > bestIou) {
      best = { index, item };
      bestIou = iou;
    }
  });
  return best;
}
