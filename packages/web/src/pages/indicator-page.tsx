/**
 * 指标 page: one indicator's figures as a chart with the target line, the required path and
 * the path at the actual pace; below, every figure with a link to its source sentence, and
 * the targets linked to the indicator.
 */
import { lazy, Suspense, useMemo } from 'react';
import { api } from '../api/endpoints.js';
import type { IndicatorSeries } from '../api/types.js';
import { MEASURE_LABEL } from '../reader/item-kind-meta.js';
import { AsyncView } from '../components/async-view.js';
import { EvidenceButton } from '../components/evidence-button.js';
import { StatusBadge } from '../components/status-badge.js';
import { formatYear } from '../format/date.js';
import { formatQuantity } from '../format/number.js';
import { formatWrittenTarget } from '../format/target-text.js';
import { useApi } from '../hooks/use-api.js';
import { useI18n } from '../i18n/i18n-context.js';
import { buildChartModel } from '../indicator/chart-model.js';
import type { ChartLabels } from '../indicator/chart-option.js';
import { mainJurisdiction } from '../indicator/jurisdiction.js';
import { observationHref } from '../indicator/source-link.js';
import { buildHash } from '../router/hash-route.js';
import { navigate } from '../router/use-route.js';
import { inlineText } from '../format/inline-text.js';
import { formatYearPeriod } from '../format/period.js';
import { comparatorSign } from '../format/comparator.js';
import { defaultTarget } from '../indicator/default-target.js';
import { rankSubject } from '../indicator/rank-subject.js';
import { usePlaceName } from '../indicator/use-place-name.js';
import { usePageTitle } from '../router/use-page-title.js';
import { OpenData } from '../indicator/open-data.js';
import { PromiseHistoryView } from '../indicator/promise-history.js';
import type { MessageKey } from '../i18n/translate.js';

// ECharts arrives with this chunk only.
const IndicatorChart = lazy(() => import('../indicator/indicator-chart.js'));

/** 位次 split by what is ranked (增速位次, 总量位次), so two rankings never share one label. */
function measureLabel(o: IndicatorSeries['observations'][number]): MessageKey {
  if (o.measure !== 'rank') return MEASURE_LABEL[o.measure];
  const subject = o.source.type === 'document' ? rankSubject(o.source.text) : null;
  return subject === 'growth'
    ? 'measureRankGrowth'
    : subject === 'level'
      ? 'measureRankLevel'
      : 'measureRank';
}

function observationScope(o: IndicatorSeries['observations'][number]): string {
  const scope = (o as { readonly scope?: unknown }).scope;
  return typeof scope === 'string' ? scope : '';
}

function SeriesView({
  series,
  targetId,
  params,
}: {
  readonly series: IndicatorSeries;
  readonly targetId: string | null;
  readonly params: URLSearchParams;
}) {
  const { t, lang } = useI18n();
  const row = series.targets.find((r) => r.item.id === targetId) ?? defaultTarget(series.targets);
  const model = useMemo(() => buildChartModel(series, row), [series, row]);
  // Growth and rank targets chart their own measure; the level series still tells the story.
  const levelModel = useMemo(
    () => (model.measure === 'level' ? null : buildChartModel(series, null, 'level')),
    [series, model.measure],
  );
  const place = usePlaceName(series.jurisdiction);
  const labels: ChartLabels = useMemo(
    () => ({
      actual: t('indicatorActual'),
      target: t('indicatorTarget'),
      required: t('indicatorRequired'),
      projected: t('indicatorProjected'),
    }),
    [t],
  );
  const name = lang === 'zh' ? series.indicator.name_zh : series.indicator.name_en;
  usePageTitle(name);
  const polarity =
    model.measure === 'rank'
      ? t('rankPolarity')
      : {
          'higher-is-better': t('polarityUp'),
          'lower-is-better': t('polarityDown'),
          'target-is-best': t('polarityTarget'),
        }[series.indicator.polarity];
  const observations = [...series.observations].sort(
    (a, b) => a.year - b.year || (a.period ?? '').localeCompare(b.period ?? ''),
  );

  return (
    <>
      <h1>
        {name}{' '}
        <span className="muted small">
          {lang === 'zh' ? series.indicator.name_en : series.indicator.name_zh}
        </span>
      </h1>
      <p className="muted">
        {t('jurisdiction')}
        {t('colon')}
        {place} · {t('indicatorPolarity')}
        {t('colon')}
        {polarity}
      </p>

      {series.targets.length > 0 ? (
        <label className="field inline-field">
          <span>{t('indicatorTargetSelect')}</span>
          <select
            value={row?.item.id ?? ''}
            onChange={(event) =>
              navigate(
                buildHash(['indicators', series.indicator.code], {
                  ...Object.fromEntries(params),
                  target: event.target.value,
                }),
                {
                  replace: true,
                },
              )
            }
          >
            {series.targets.map((r) => (
              <option key={r.item.id} value={r.item.id}>
                {lang === 'zh' ? inlineText(r.item.metric) : series.indicator.name_en}{' '}
                {formatWrittenTarget(r.item, lang)} {formatYear(r.item.year, lang)}
              </option>
            ))}
          </select>
        </label>
      ) : null}

      {row ? (
        <div className="chart-status">
          <EvidenceButton item={row.item} status={row.status} documentTitle={row.document.title} />
          <span>{row.status.explanation[lang]}</span>
          {series.analyses[row.item.id] ? (
            <span className="chart-analysis">{series.analyses[row.item.id]?.[lang]}</span>
          ) : null}
        </div>
      ) : null}

      {model.actual.length === 0 && model.target === null ? (
        <p className="muted">
          {observations.length === 0 ? t('indicatorNoData') : t('indicatorNoChart')}
        </p>
      ) : (
        <Suspense fallback={<p className="loading">{t('loading')}</p>}>
          <IndicatorChart
            model={model}
            labels={labels}
            description={t('indicatorChartLabel', { name })}
            lang={lang}
            onPointClick={(point) => {
              const href = observationHref(point.observation);
              if (href) navigate(href);
            }}
          />
        </Suspense>
      )}

      {levelModel && levelModel.actual.length >= 2 ? (
        <section aria-labelledby="level-chart-title">
          <h2 id="level-chart-title">{t('indicatorLevelChartTitle')}</h2>
          <Suspense fallback={<p className="loading">{t('loading')}</p>}>
            <IndicatorChart
              model={levelModel}
              labels={labels}
              description={t('indicatorLevelChartLabel', { name })}
              lang={lang}
              onPointClick={(point) => {
                const href = observationHref(point.observation);
                if (href) navigate(href);
              }}
            />
          </Suspense>
        </section>
      ) : null}

      <section aria-labelledby="figures-title">
        <h2 id="figures-title">{t('indicatorTableTitle')}</h2>
        {observations.length === 0 ? (
          <p className="muted">{t('indicatorNoData')}</p>
        ) : (
          <table className="plain-table">
            <thead>
              <tr>
                <th scope="col">{t('indicatorYear')}</th>
                <th scope="col">{t('fieldMeasure')}</th>
                <th scope="col">{t('indicatorValue')}</th>
                <th scope="col">{t('colSource')}</th>
              </tr>
            </thead>
            <tbody>
              {observations.map((o) => {
                const href = observationHref(o);
                return (
                  <tr key={o.id}>
                    <td data-label={t('indicatorYear')}>
                      {formatYearPeriod(o.year, o.period, lang)}
                    </td>
                    <td data-label={t('fieldMeasure')}>
                      {t(measureLabel(o))}
                      {observationScope(o) ? (
                        <span className="muted small" lang="zh-CN">
                          {' '}
                          {observationScope(o)}
                        </span>
                      ) : null}
                    </td>
                    <td data-label={t('indicatorValue')}>
                      {comparatorSign(o.comparator, lang)}
                      {formatQuantity(o.value, o.base_unit, lang)}
                    </td>
                    <td data-label={t('colSource')} lang="zh-CN">
                      {o.source.type === 'document' ? (
                        href ? (
                          <a href={href}>{inlineText(o.source.text)}</a>
                        ) : (
                          inlineText(o.source.text)
                        )
                      ) : o.source.type === 'table' ? (
                        `${o.source.file} · ${t('indicatorSourceTable', { row: o.source.row })}`
                      ) : (
                        `${t('indicatorSourceManual')} · ${o.source.actor}`
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>

      {series.targets.length > 0 ? <PromiseHistoryView series={series} /> : null}

      <OpenData
        series={series}
        titles={new Map(series.targets.map((r) => [r.document.id, r.document.title]))}
      />

      {series.targets.length > 0 ? (
        <section aria-labelledby="targets-title">
          <h2 id="targets-title">{t('indicatorTargets')}</h2>
          <ul className="target-list">
            {series.targets.map((r) => (
              <li key={r.item.id}>
                <StatusBadge status={r.status.status} label={r.status.label} />{' '}
                <a
                  href={buildHash(['documents', r.item.document_id], { item: r.item.id })}
                  lang="zh-CN"
                >
                  {inlineText(r.item.text)}
                </a>
                <span className="muted small"> {r.document.title}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

export function IndicatorPage({
  code,
  params,
}: {
  readonly code: string;
  readonly params: URLSearchParams;
}) {
  const { t } = useI18n();
  const fromUrl = params.get('jurisdiction');
  const documents = useApi(fromUrl ? null : 'documents', (signal) => api.documents(signal));
  const jurisdiction =
    fromUrl ?? (documents.state.data ? mainJurisdiction(documents.state.data) : null);
  const series = useApi(jurisdiction === null ? null : `series:${code}:${jurisdiction}`, (signal) =>
    api.series(code, jurisdiction ?? '', signal),
  );
  if (!fromUrl && documents.state.phase === 'error') {
    return (
      <AsyncView resource={documents} isPage>
        {() => null}
      </AsyncView>
    );
  }
  if (!fromUrl && documents.state.phase === 'ready' && jurisdiction === null) {
    return <p className="muted">{t('indicatorNoData')}</p>;
  }
  return (
    <AsyncView resource={series} isPage>
      {(data) => <SeriesView series={data} targetId={params.get('target')} params={params} />}
    </AsyncView>
  );
}
