/**
 * What a rank ranks: the growth rate (增速居…第2位) or the size (总量…第7位). Plans report
 * both for one indicator, and “位次” alone makes them look like one series. Read off the
 * words just before the rank in its source clause; null when the clause names neither.
 */
export type RankSubject = 'growth' | 'level';

const GROWTH = /增速|增幅|增长|增量/g;
const LEVEL = /总量|规模|总值|总额|总数/g;

function lastIndex(pattern: RegExp, text: string): number {
  let last = -1;
  for (const match of text.matchAll(pattern)) last = match.index;
  return last;
}

export function rankSubject(sourceText: string): RankSubject | null {
  // The clause up to the first 第N位 it reports (later ones repeat the same subject).
  const rank = /第\s*\**\s*\d+\s*\**\s*位/.exec(sourceText);
  const head = rank ? sourceText.slice(0, rank.index) : sourceText;
  const growth = lastIndex(GROWTH, head);
  const level = lastIndex(LEVEL, head);
  if (growth < 0 && level < 0) return null;
  return growth > level ? 'growth' : 'level';
}
