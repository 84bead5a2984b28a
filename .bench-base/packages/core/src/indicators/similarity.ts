/**
 * Character-bigram Dice similarity: 2·|A∩B| / (|A|+|B|) over the multisets of
 * adjacent character pairs. Chinese indicator names have no word breaks, and a
 * dropped character (社会消费品零售额 for 社会消费品零售总额) costs only the
 * bigrams around it, which is the kind of variation this tier exists for.
 */
export function bigramDice(a: string, b: string): number {
  return bigramDiceOf(bigramsOf(a), bigramsOf(b));
}

/** A text's character bigrams, computed once when the same text is compared many times. */
export interface Bigrams {
  readonly text: string;
  readonly list: readonly string[];
}

const NAME_BIGRAMS = new Map<string, Bigrams>();
/** Catalog names are few and compared with every metric: their bigrams are kept. */
const MAX_KEPT = 10_000;

/** The bigrams of `text`; those of short texts (catalog names) are kept and reused. */
export function bigramsOf(text: string): Bigrams {
  const kept = NAME_BIGRAMS.get(text);
  if (kept !== undefined) return kept;
  const made = { text, list: bigrams(text) };
  if (text.length <= 32 && NAME_BIGRAMS.size < MAX_KEPT) NAME_BIGRAMS.set(text, made);
  return made;
}

/** `bigramDice` over bigrams computed beforehand. */
export function bigramDiceOf(a: Bigrams, b: Bigrams): number {
  const left = a.list;
  const right = b.list;
  const aText = a.text;
  const bText = b.text;
  if (left.length === 0 || right.length === 0) return aText === bText ? 1 : 0;
  const counts = new Map<string, number>();
  for (const g of left) counts.set(g, (counts.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of right) {
    const n = counts.get(g) ?? 0;
    if (n > 0) {
      shared += 1;
      counts.set(g, n - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

function bigrams(text: string): string[] {
  const chars = Array.from(text);
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i += 1) out.push(`${chars[i] ?? ''}${chars[i + 1] ?? ''}`);
  return out;
}
