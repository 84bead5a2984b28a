/**
 * Character-bigram Dice similarity: 2·|A∩B| / (|A|+|B|) over the multisets of
 * adjacent character pairs. Chinese indicator names have no word breaks, and a
 * dropped character (社会消费品零售额 for 社会消费品零售总额) costs only the
 * bigrams around it, which is the kind of variation this tier exists for.
 */
export function bigramDice(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  if (left.length === 0 || right.length === 0) return a === b ? 1 : 0;
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
