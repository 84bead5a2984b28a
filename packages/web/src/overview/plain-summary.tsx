/**
 * The citizen's first screen: one plain paragraph of what the place promised and how it is
 * going, counted, before any chart, chip or slogan.
 */
import type { Overview } from '../api/types.js';
import { useI18n } from '../i18n/i18n-context.js';
import { mainJurisdiction } from '../indicator/jurisdiction.js';
import { usePlaceName } from '../indicator/use-place-name.js';
import { buildHash } from '../router/hash-route.js';
import { STATUS_META } from '../status/status-meta.js';
import '../newcomer.css';

export function PlainSummary({ overview }: { readonly overview: Overview }) {
  const { t, lang } = useI18n();
  const place = usePlaceName(mainJurisdiction(overview.documents));
  const totals = overview.totals;
  const all = Object.values(totals).reduce((sum, n) => sum + n, 0);
  const judged =
    totals.achieved + totals['on-track'] + totals['at-risk'] + totals['off-track'] + totals.missed;
  const behind = totals['at-risk'] + totals['off-track'];
  return (
    <section className="plain-summary" aria-labelledby="plain-summary-title">
      <h2 id="plain-summary-title">
        {t('summaryTitle', { place: place || t('summaryPlaceFallback') })}
      </h2>
      <p className="summary-lead">
        {t('summaryPromised', { count: all, documents: overview.documents.length })}
      </p>
      <ul className="summary-facts">
        <li>
          <span style={{ color: STATUS_META.achieved.colour }}>
            {t('summaryAchieved', { count: totals.achieved })}
          </span>
        </li>
        <li>
          <span style={{ color: STATUS_META.missed.colour }}>
            {t('summaryMissed', { count: totals.missed })}
          </span>
        </li>
        {behind > 0 ? <li>{t('summaryBehind', { count: behind })}</li> : null}
        <li>{t('summaryPending', { due: totals['not-yet-due'], nodata: totals['no-data'] })}</li>
      </ul>
      <p className="muted small">
        {t('summaryJudged', { judged, all })}{' '}
        <a href={buildHash(['scorecard'])}>{t('summaryAll')}</a>
        {lang === 'zh' ? '。' : '.'}
      </p>
    </section>
  );
}
