/**
 * Pages of a long list: a phone no longer scrolls through 176 cards (74,813 px). The page
 * lives in the URL (`page=2`), so back, reload and shared links keep it.
 */
import { useI18n } from '../i18n/i18n-context.js';
import '../newcomer.css';

export const PAGE_SIZE = 25;

/** The page number from the URL, kept within 1…pages. */
export function pageFrom(params: URLSearchParams, total: number): number {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const asked = Number(params.get('page') ?? '1');
  return Number.isInteger(asked) ? Math.min(pages, Math.max(1, asked)) : 1;
}

export function Pager({
  page,
  total,
  hrefFor,
}: {
  readonly page: number;
  readonly total: number;
  readonly hrefFor: (page: number) => string;
}) {
  const { t } = useI18n();
  const pages = Math.ceil(total / PAGE_SIZE);
  if (pages <= 1) return null;
  const from = (page - 1) * PAGE_SIZE + 1;
  const to = Math.min(total, page * PAGE_SIZE);
  return (
    <nav className="pager" aria-label={t('pagerLabel')}>
      {page > 1 ? (
        <a href={hrefFor(page - 1)} rel="prev">
          {t('pagerPrevious')}
        </a>
      ) : (
        <span className="pager-off">{t('pagerPrevious')}</span>
      )}
      <span className="pager-where">{t('pagerWhere', { from, to, total, page, pages })}</span>
      {page < pages ? (
        <a href={hrefFor(page + 1)} rel="next">
          {t('pagerNext')}
        </a>
      ) : (
        <span className="pager-off">{t('pagerNext')}</span>
      )}
    </nav>
  );
}
