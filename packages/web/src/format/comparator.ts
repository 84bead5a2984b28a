/**
 * Comparators for people, never as codes (`>=`, `~`, `range`): words in forms
 * (不低于 / at least), signs beside figures (≥, 约 / ≈).
 */
import type { Comparator } from '../api/types.js';
import type { Lang } from '../i18n/lang.js';

const WORDS: Readonly<Record<Comparator, { readonly zh: string; readonly en: string }>> = {
  '>=': { zh: '不低于', en: 'at least' },
  '>': { zh: '高于', en: 'more than' },
  '<=': { zh: '不高于', en: 'at most' },
  '<': { zh: '低于', en: 'less than' },
  '~': { zh: '约', en: 'about' },
  '=': { zh: '等于', en: 'exactly' },
  range: { zh: '区间', en: 'range' },
};

/** A comparator as a word for a form's choices: `>=` → 不低于 / at least. */
export function comparatorWord(comparator: Comparator, lang: Lang): string {
  return WORDS[comparator][lang];
}

const SIGNS: Readonly<Record<string, { readonly zh: string; readonly en: string }>> = {
  '>': { zh: '>', en: '> ' },
  '>=': { zh: '≥', en: '≥ ' },
  '<': { zh: '<', en: '< ' },
  '<=': { zh: '≤', en: '≤ ' },
  '~': { zh: '约', en: '≈ ' },
};

/** The sign written before a figure (≥, 约 / ≈); '' for `=`, ranges and unknown codes. */
export function comparatorSign(comparator: string | null | undefined, lang: Lang): string {
  if (comparator === null || comparator === undefined) return '';
  return SIGNS[comparator]?.[lang] ?? '';
}
