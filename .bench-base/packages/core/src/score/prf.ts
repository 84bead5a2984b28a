/**
 * Precision, recall and F1 over counts. Counts are kept next to the ratios so
 * that per-document figures can be summed into a corpus micro-average.
 */
export interface Prf {
  /** Matched pairs. */
  readonly tp: number;
  /** How many the reading produced. */
  readonly predicted: number;
  /** How many the gold holds. */
  readonly gold: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/**
 * Builds the ratios from counts. An empty side is scored 1 only when the other
 * side is empty too: a reading that finds nothing in a document with gold
 * items gets precision 0, not a vacuous 1, so the report never flatters a stub.
 */
export function prf(tp: number, predicted: number, gold: number): Prf {
  const precision = ratio(tp, predicted, gold);
  const recall = ratio(tp, gold, predicted);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, predicted, gold, precision, recall, f1 };
}

/** Micro-average: adds the counts, then recomputes the ratios. */
export function sumPrf(scores: readonly Prf[]): Prf {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (const s of scores) {
    tp += s.tp;
    predicted += s.predicted;
    gold += s.gold;
  }
  return prf(tp, predicted, gold);
}

function ratio(tp: number, denominator: number, other: number): number {
  if (denominator === 0) return other === 0 ? 1 : 0;
  return tp / denominator;
}

/** `part / whole`, or null when there is nothing to take a share of. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
