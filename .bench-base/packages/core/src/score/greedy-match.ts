/** A possible pairing of gold entry `gold` with predicted entry `predicted`. */
export interface Candidate {
  readonly gold: number;
  readonly predicted: number;
  /** Compared lexicographically; higher is better. */
  readonly score: readonly number[];
}

/** One accepted pairing, by index into the gold and predicted lists. */
export interface MatchedPair {
  readonly gold: number;
  readonly predicted: number;
}

/**
 * One-to-one matching in two steps.
 *
 * 1. Greedy: take candidates best score first, keeping each whose two sides
 *    are still free.
 * 2. Augment: for each gold entry left free (in index order), look for the
 *    shortest chain of re-pairings that frees a candidate for it, and apply
 *    it. Greedy alone can let one entry take another's only partner (a
 *    framework read inside a longer gold span); this step recovers such
 *    pairs without giving up any greedy pair's place unless it must.
 *
 * Ties fall to the lower gold index, then the lower predicted index, so the
 * result never depends on the input order of the candidates. Pairs come back
 * ordered by gold index.
 */
export function greedyMatch(candidates: readonly Candidate[]): MatchedPair[] {
  const ordered = [...candidates].sort(compareCandidates);
  const partnerOfGold = new Map<number, number>();
  const partnerOfPredicted = new Map<number, number>();
  for (const c of ordered) {
    if (partnerOfGold.has(c.gold) || partnerOfPredicted.has(c.predicted)) continue;
    partnerOfGold.set(c.gold, c.predicted);
    partnerOfPredicted.set(c.predicted, c.gold);
  }

  const options = new Map<number, number[]>();
  for (const c of ordered) {
    const list = options.get(c.gold) ?? [];
    list.push(c.predicted);
    options.set(c.gold, list);
  }
  const freeGold = [...options.keys()].filter((g) => !partnerOfGold.has(g)).sort((a, b) => a - b);
  for (const g of freeGold) augment(g, options, partnerOfGold, partnerOfPredicted);

  return [...partnerOfGold]
    .map(([gold, predicted]) => ({ gold, predicted }))
    .sort((a, b) => a.gold - b.gold);
}

/**
 * Breadth-first search for an alternating path from free gold `start` to a
 * free predicted entry; flips the path when found. Iterative, so long chains
 * cannot overflow the stack.
 */
function augment(
  start: number,
  options: ReadonlyMap<number, readonly number[]>,
  partnerOfGold: Map<number, number>,
  partnerOfPredicted: Map<number, number>,
): void {
  // For each predicted entry reached: the gold entry it was reached from.
  const reachedFrom = new Map<number, number>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const g = queue[head] ?? start;
    for (const p of options.get(g) ?? []) {
      if (reachedFrom.has(p)) continue;
      reachedFrom.set(p, g);
      const owner = partnerOfPredicted.get(p);
      if (owner === undefined) {
        flip(p, reachedFrom, partnerOfGold, partnerOfPredicted);
        return;
      }
      queue.push(owner);
    }
  }
}

function flip(
  end: number,
  reachedFrom: ReadonlyMap<number, number>,
  partnerOfGold: Map<number, number>,
  partnerOfPredicted: Map<number, number>,
): void {
  let p: number | undefined = end;
  while (p !== undefined) {
    const g = reachedFrom.get(p);
    if (g === undefined) return;
    const previous = partnerOfGold.get(g);
    partnerOfGold.set(g, p);
    partnerOfPredicted.set(p, g);
    p = previous;
  }
}

function compareCandidates(a: Candidate, b: Candidate): number {
  const n = Math.max(a.score.length, b.score.length);
  for (let i = 0; i < n; i++) {
    const d = (b.score[i] ?? 0) - (a.score[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.gold - b.gold || a.predicted - b.predicted;
}
