import type { Observation } from '../model/observation.js';

/** What a place in a ranking ranks: the growth rate (增速位次) or the total (总量位次). */
export type RankBasis = 'growth' | 'total';

// The word nearest before the place decides: `增长7.9%，增速居全省第2位` ranks the growth,
// `总量从全省第11位跃升至第7位` and `生产总值2693亿元，居全省第7位` the total.
const BASIS_WORD = /(增速|增幅|增长率|增长速度|增长|总量|规模|总值|总额)/gu;
const PLACE = /第\s*\*{0,2}\s*[\d一二三四五六七八九十]+\s*\*{0,2}\s*[位名]/gu;

/**
 * The basis of the last place named in a sentence; null when no word says (a table row,
 * a bare `居全省第2位`). A growth-rate rank and a total rank of one indicator are two
 * different figures: comparing 第2位 with 第7位 across them is no conflict.
 */
export function rankBasis(text: string): RankBasis | null {
  const places = [...text.matchAll(PLACE)];
  const last = places.at(-1);
  const before = last === undefined ? text : text.slice(0, last.index);
  const words = [...before.matchAll(BASIS_WORD)];
  const word = words.at(-1)?.[0];
  if (word === undefined) return null;
  return word.startsWith('增') ? 'growth' : 'total';
}

/** The ranking an observation's place belongs to: its basis and, when known, its scope. */
export function rankKey(observation: Observation): string | null {
  if (observation.measure !== 'rank') return null;
  const source = observation.source;
  const basis = source.type === 'document' ? rankBasis(source.text) : null;
  const scope = (observation as { scope?: string | null }).scope ?? null;
  const scopeHead =
    scope === null
      ? null
      : scope.normalize('NFKC').replace(/\(.*$/u, '').replace(/^中国/u, '全国').slice(0, 2);
  return `${basis ?? ''}/${scopeHead ?? ''}`;
}
