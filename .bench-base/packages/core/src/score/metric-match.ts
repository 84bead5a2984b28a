import { bigramDice, FUZZY_DICE_THRESHOLD, normalisePhrase } from './fuzzy-text.js';

/**
 * The shortest phrase that may stand for a longer metric by containment. Two
 * characters (`产值`, `增加`) are too short: they fit inside many different
 * indicators, so a reading that cut a name down to them must not pass.
 */
export const MIN_CONTAINED_CHARS = 3;

/**
 * The "right metric name" test of the strict score, fairer than equality and
 * stricter than `fuzzyEqual`: after normalising (width, spaces, quotes), two
 * names agree when they are equal; when one contains the other and the shorter
 * has at least MIN_CONTAINED_CHARS characters (`二氧化碳排放` within
 * `单位国内生产总值二氧化碳排放`); or when their bigram Dice is ≥ 0.5
 * (`数字经济增加值占比` ~ `数字经济增加值占生产总值比重`). A name cut inside a
 * word (`口现代化都市基础框架` for `现代化都市人口规模`) fails all three.
 */
export function metricMatches(gold: string, predicted: string): boolean {
  const x = normalisePhrase(gold);
  const y = normalisePhrase(predicted);
  if (x === '' || y === '') return x === y;
  if (x === y) return true;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  if (longer.includes(shorter) && Array.from(shorter).length >= MIN_CONTAINED_CHARS) return true;
  return bigramDice(x, y) >= FUZZY_DICE_THRESHOLD;
}
