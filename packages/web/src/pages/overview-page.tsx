/** 概览: where the targets stand, the headline indicators, the frameworks and the documents. */
import { api } from '../api/endpoints.js';
import type { Headline, Overview } from '../api/types.js';
import { AsyncView } from '../components/async-view.js';
import { FrameworkTree } from '../components/framework-tree.js';
import { EvidenceButton } from '../components/evidence-button.js';
import { StatusCounts } from '../components/status-counts.js';
import { formatYear } from '../format/date.js';
import { formatYearPeriod } from '../format/period.js';
import { inlineText } from '../format/inline-text.js';
import { formatQuantity } from '../format/number.js';
import { formatBaseTarget } from '../format/target-text.js';
import { useApi } from '../hooks/use-api.js';
import { useI18n } from '../i18n/i18n-context.js';
import { buildHash } from '../router/hash-route.js';
import { documentKindLabel } from './document-kind.js';
import { PlainSummary } from '../overview/plain-summary.js';
import { formatDocumentDate } from '../format/document-date.js';

function HeadlineCard({ headline }: { readonly headline: Headline }) {
  const { t, lang } = useI18n();
  const { indicator, latest, target, status } = headline;
  const bracket = (text: string) => (lang === 'zh' ? `（${text}）` : ` (${text})`);
  return (
    <li className="kpi-card">
      <h3>
        <a href={buildHash(['indicators', indicator.code])}>
          {lang === 'zh' ? indicator.name_zh : indicator.name_en}
        </a>
      </h3>
      <p className="kpi-latest">
        <span className="kpi-label">
          {t('headlineLatest')}
          {bracket(formatYearPeriod(latest.year, latest.period, lang))}
        </span>
        <span className="kpi-value">
          {latest.is_bound ? '>' : ''}
          {formatQuantity(latest.value, latest.unit, lang)}
        </span>
      </p>
      <p className="kpi-target">
        <span className="kpi-label">
          {t('headlineTarget')}
          {bracket(formatYear(target.year, lang))}
        </span>
        {/* The target links to the sentence it was read from. */}
        <a
          className="kpi-target-link"
          href={buildHash(['documents', target.document_id], { item: target.item_id })}
          title={inlineText(target.text)}
        >
          {formatBaseTarget(target, lang)}
        </a>
      </p>
      <EvidenceButton
        item={{
          id: target.item_id,
          document_id: target.document_id,
          text: target.text,
          kind: 'target',
          metric: target.metric,
        }}
        status={status}
        documentTitle=""
      />
      <p className="kpi-explanation">{status.explanation[lang]}</p>
    </li>
  );
}

/** Slogans fold away on a phone, where they took most of the first screens; a desk has room. */
function wideScreen(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(min-width: 64rem)').matches;
}

function OverviewContent({ overview }: { readonly overview: Overview }) {
  const { t, lang } = useI18n();
  return (
    <>
      <PlainSummary overview={overview} />
      <section aria-labelledby="status-counts-title">
        <h2 id="status-counts-title">{t('statusCountsTitle')}</h2>
        <p className="muted">{t('statusCountsHint')}</p>
        <StatusCounts totals={overview.totals} />
      </section>

      <section aria-labelledby="headline-title">
        <h2 id="headline-title">{t('headlineTitle')}</h2>
        {overview.headline.length === 0 ? (
          <p className="muted">{t('headlineEmpty')}</p>
        ) : (
          <ul className="kpi-grid">
            {overview.headline.map((headline) => (
              <HeadlineCard
                key={`${headline.indicator.code}:${headline.target.item_id}`}
                headline={headline}
              />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="frameworks-title">
        <h2 id="frameworks-title">{t('frameworksTitle')}</h2>
        <details className="frameworks-folded" open={wideScreen()}>
          <summary>{t('frameworksFolded')}</summary>
          <FrameworkTree frameworks={overview.frameworks} />
        </details>
      </section>

      <section aria-labelledby="documents-title">
        <h2 id="documents-title">{t('documentsTitle')}</h2>
        <ul className="document-list">
          {overview.documents.map((doc) => (
            <li key={doc.id}>
              <a href={buildHash(['documents', doc.id])} lang="zh-CN">
                {doc.title}
              </a>
              <span className="muted">
                {' '}
                {documentKindLabel(doc.kind, lang)} · {formatDocumentDate(doc.date, lang)}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

export function OverviewPage() {
  const { t } = useI18n();
  const overview = useApi('overview', (signal) => api.overview(signal));
  return (
    <>
      <h1>{t('overviewTitle')}</h1>
      <AsyncView resource={overview}>{(data) => <OverviewContent overview={data} />}</AsyncView>
    </>
  );
}
