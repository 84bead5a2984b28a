/**
 * Dates on posters and share cards, one style per language, the same as the web app's:
 * 2026年12月4日 / 4 Dec 2026. A manifest that knows only the year writes 1 January
 * (2021-01-01); that reads as the year alone rather than an exact day nobody knows.
 */
import { dateWords } from '@lantu/core';
import type { PosterLang } from './types.js';

/** An exact day (generation, evaluation date): always day, month and year. */
export function dayText(iso: string, lang: PosterLang): string {
  return dateWords(iso)?.[lang] ?? iso;
}

/** A document's date: a 1 January placeholder as its year, else the day. */
export function documentDateText(iso: string | null, lang: PosterLang): string {
  if (iso === null || iso === '') return '';
  const yearOnly = /^(\d{4})-01-01$/.exec(iso);
  if (yearOnly) return lang === 'zh' ? `${yearOnly[1]}年` : (yearOnly[1] ?? iso);
  return dayText(iso, lang);
}
