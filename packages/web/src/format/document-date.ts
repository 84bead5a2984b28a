/**
 * A document's date. Manifests that know only the year write 1 January (2021-01-01); shown as
 * an exact day that claims what nobody knows, so a 1 January date reads as its year alone.
 */
import type { Lang } from '../i18n/lang.js';
import { formatDate, formatYear } from './date.js';

export function formatDocumentDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '—';
  const yearOnly = /^(\d{4})-01-01$/.exec(iso);
  if (yearOnly) return formatYear(Number(yearOnly[1]), lang);
  return formatDate(iso, lang);
}
