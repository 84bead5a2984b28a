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
 * One-to-one matching: takes candidates best score first and keeps each one
 * whose two sides are still free. Ties fall to the lower gold index, then the
 * lower predicted index, so the result never depends on sort stability or
 * input order of the candidates. Pairs come back ordered by gold index.
 */
export function greedyMatch(candidates: readonly Candidate[]): MatchedPair[] {
  const ordered = [...candidates].sort(compareCandidates);
  const goldTaken = new Set<number>();
  const predictedTaken = new Set<number>();
  const pairs: MatchedPair[] = [];
  for (const c of ordered) {
    if (goldTaken.has(c.gold) || predictedTaken.has(c.predicted)) continue;
    goldTaken.add(c.gold);
    predictedTaken.add(c.predicted);
    pairs.push({ gold: c.gold, predicted: c.predicted });
  }
  return pairs.sort((a, b) => a.gold - b.gold);
}

function compareCandidates(a: Candidate, b: Candidate): number {
  const n = Math.max(a.score.length, b.score.length);
  for (let i = 0; i < n; i++) {
    const d = (b.score[i] ?? 0) - (a.score[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.gold - b.gold || a.predicted - b.predicted;
}
