/**
 * Text comparison for scoring: gold and readings write the same phrase with
 * different spacing, quotes and full/half-width forms, and a reading's metric
 * may be a little longer or shorter than the gold's. None of that should count
 * as a disagreement.
 */

const WHITESPACE = /\s+/gu;
// Quotes and Markdown emphasis carry no meaning in a name or metric.
const QUOTES_AND_MARKS = /["'“”‘’「」『』〝〞〃*#]/gu;

/** Removes all whitespace (units, periods: `亿 元` is `亿元`). */
export function stripSpace(s: string): string {
  return s.replace(WHITESPACE, '');
}

/**
 * The comparable form of a phrase: NFKC (full-width → half-width), no
 * whitespace, no quotes or Markdown marks. `“ 3+1+1 ”` and `3+1+1` agree.
 */
export function normalisePhrase(s: string): string {
  return s.normalize('NFKC').replace(WHITESPACE, '').replace(QUOTES_AND_MARKS, '');
}

/**
 * Dice coefficient over multisets of code-point bigrams, 0..1. Strings too
 * short to have a bigram score 1 when equal and 0 otherwise.
 */
export function bigramDice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.length === 0 || y.length === 0) return a === b ? 1 : 0;
  const counts = new Map<string, number>();
  for (const g of x) counts.set(g, (counts.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of y) {
    const n = counts.get(g) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(g, n - 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

/** Dice threshold at which two metrics name the same thing. */
export const FUZZY_DICE_THRESHOLD = 0.5;

/**
 * True when two phrases name the same thing after normalising: equal, one
 * contains the other, or bigram Dice ≥ 0.5. An empty phrase agrees only with
 * another empty one (otherwise it would be "contained" in everything).
 */
export function fuzzyEqual(a: string, b: string): boolean {
  const x = normalisePhrase(a);
  const y = normalisePhrase(b);
  if (x === '' || y === '') return x === y;
  if (x === y || x.includes(y) || y.includes(x)) return true;
  return bigramDice(x, y) >= FUZZY_DICE_THRESHOLD;
}

function bigrams(s: string): string[] {
  const chars = Array.from(s);
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i] ?? ''}${chars[i + 1] ?? ''}`);
  return out;
}
