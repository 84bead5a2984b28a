import type { OutlineEntry } from '../model/outline.js';
import { normalisePhrase } from './fuzzy-text.js';
import { greedyMatch, type Candidate } from './greedy-match.js';
import { prf, type Prf } from './prf.js';

/** How far apart two heading starts may be and still be the same heading. */
export const OUTLINE_START_SLACK = 2;

export interface IndexedEntry {
  readonly index: number;
  readonly entry: OutlineEntry;
}

export interface OutlinePair {
  readonly gold: number;
  readonly predicted: number;
  readonly levelAgrees: boolean;
  readonly labelAgrees: boolean;
}

/** Counts that add up over documents. */
export interface OutlineSummary {
  readonly match: Prf;
  /** Among matched pairs, how many have the same level / the same label. */
  readonly levelAgree: number;
  readonly labelAgree: number;
}

export interface OutlineScore extends OutlineSummary {
  readonly pairs: readonly OutlinePair[];
  readonly misses: readonly IndexedEntry[];
  readonly spurious: readonly IndexedEntry[];
}

/**
 * Matches headings one-to-one: candidates start within OUTLINE_START_SLACK of
 * each other or have the same normalised title; pairs with both signs win,
 * then the nearer start.
 */
export function scoreOutline(
  gold: readonly OutlineEntry[],
  predicted: readonly OutlineEntry[],
): OutlineScore {
  const candidates: Candidate[] = [];
  const predictedTitles = predicted.map((p) => normalisePhrase(p.title));
  gold.forEach((g, gi) => {
    const title = normalisePhrase(g.title);
    predicted.forEach((p, pi) => {
      const near = Math.abs(g.start - p.start) <= OUTLINE_START_SLACK;
      const sameTitle = title !== '' && title === predictedTitles[pi];
      if (!near && !sameTitle) return;
      candidates.push({
        gold: gi,
        predicted: pi,
        score: [Number(near) + Number(sameTitle), -Math.abs(g.start - p.start)],
      });
    });
  });

  const pairs: OutlinePair[] = greedyMatch(candidates).map((m) => {
    const g = gold[m.gold];
    const p = predicted[m.predicted];
    return {
      ...m,
      levelAgrees: g?.level === p?.level,
      labelAgrees: normalisePhrase(g?.label ?? '') === normalisePhrase(p?.label ?? ''),
    };
  });
  const goldMatched = new Set(pairs.map((p) => p.gold));
  const predictedMatched = new Set(pairs.map((p) => p.predicted));

  return {
    match: prf(pairs.length, predicted.length, gold.length),
    levelAgree: pairs.filter((p) => p.levelAgrees).length,
    labelAgree: pairs.filter((p) => p.labelAgrees).length,
    pairs,
    misses: unmatched(gold, goldMatched),
    spurious: unmatched(predicted, predictedMatched),
  };
}

function unmatched(list: readonly OutlineEntry[], matched: ReadonlySet<number>): IndexedEntry[] {
  const out: IndexedEntry[] = [];
  list.forEach((entry, index) => {
    if (!matched.has(index)) out.push({ index, entry });
  });
  return out;
}
