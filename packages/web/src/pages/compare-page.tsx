/**
 * 对比: one indicator across places — each place's target and outcome for a year as bars,
 * and every value with its source in the table (the chart is not reachable by keyboard or
 * screen reader; the table is). Indicator, measure, places and year live in the URL.
 */
import { lazy, Suspense, useMemo } from 'react';
import { api, compareCsvUrl, type CompareQuery } from '../api/endpoints.js';
import { AsyncView } from '../components/async-view.js';
import { cellText, compareBars } from '../compare/compare-model.js';
import { useApi } from '../hooks/use-api.js';
import { useI18n } from '../i18n/i18n-context.js';
import { buildHash } from '../router/hash-route.js';

const CompareChart = lazy(() => import('../compare/compare-chart.js'));

const MEASURES = ['level', 'increase', 'rank'] as const;

export function ComparePage({ params }: { readonly params: URLSearchParams }) {
  const { t, lang } = useI18n();
  const measureParam = params.get('measure');
  const query: CompareQuery = {
    indicator: params.get('indicator') ?? 'gdp',
    measure: MEASURES.find((m) => m === measureParam) ?? 'level',
    jurisdictions: params.get('jurisdictions') ?? undefined,
  };
  const indicators = useApi('indicators', (signal) => api.indicators(signal));
  const comparison = useApi(
    `compare:${query.indicator}:${query.measure}:${query.jurisdictions ?? ''}`,
    (signal) => api.compare(query, signal),
  );
  const years = comparison.state.data?.years ?? [];
  const yearParam = Number(params.get('year'));
  const year = years.includes(yearParam) ? yearParam : (years.at(-1) ?? null);
  const bars = useMemo(
    () =>
      comparison.state.data === undefined || year === null
        ? null
        : compareBars(comparison.state.data, year, lang),
    [comparison.state.data, year, lang],
  );
  const go = (
    next: Partial<Record<'indicator' | 'measure' | 'jurisdictions' | 'year', string>>,
  ) => {
    window.location.hash = buildHash(['compare'], { ...query, year: year ?? undefined, ...next });
  };
  return (
    <>
      <h1>{t('compareTitle')}</h1>
      <p className="muted">{t('compareIntro')}</p>
      <div className="filters">
        <label>
          <span>{t('compareIndicator')}</span>
          <select value={query.indicator} onChange={(e) => go({ indicator: e.target.value })}>
            {(indicators.state.data ?? []).map((indicator) => (
              <option key={indicator.code} value={indicator.code}>
                {lang === 'zh' ? indicator.name_zh : indicator.name_en}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('compareMeasure')}</span>
          <select value={query.measure} onChange={(e) => go({ measure: e.target.value })}>
            <option value="level">{t('compareMeasureLevel')}</option>
            <option value="increase">{t('compareMeasureGrowth')}</option>
            <option value="rank">{t('compareMeasureRank')}</option>
          </select>
        </label>
        <label>
          <span>{t('compareYear')}</span>
          <select value={year ?? ''} onChange={(e) => go({ year: e.target.value })}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <a className="button-link" href={compareCsvUrl(query)} download>
          {t('compareDownload')}
        </a>
      </div>
      <AsyncView resource={comparison}>
        {(data) =>
          data.rows.length === 0 || bars === null ? (
            <p>{t('compareEmpty')}</p>
          ) : (
            <>
              <Suspense fallback={<p className="loading">{t('loading')}</p>}>
                <CompareChart
                  bars={bars}
                  labels={{ target: t('compareTarget'), actual: t('compareActual') }}
                  description={t('compareChartLabel', { year: year ?? '' })}
                />
              </Suspense>
              <div className="table-scroll">
                <table className="plain-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('comparePlace')}</th>
                      <th scope="col">{t('compareYear')}</th>
                      <th scope="col">{t('compareTarget')}</th>
                      <th scope="col">{t('compareActual')}</th>
                      <th scope="col">{t('planColSource')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.rows.flatMap((row) =>
                      row.cells.map((cell) => (
                        <tr key={`${row.jurisdiction.code}-${cell.year}`}>
                          <td data-label={t('comparePlace')}>
                            {lang === 'zh' ? row.jurisdiction.name_zh : row.jurisdiction.name_en}
                          </td>
                          <td data-label={t('compareYear')}>{cell.year}</td>
                          <td data-label={t('compareTarget')}>
                            {cellText(cell.target, data.base_unit, lang)}
                          </td>
                          <td data-label={t('compareActual')}>
                            {cellText(cell.actual, data.base_unit, lang)}
                          </td>
                          <td data-label={t('planColSource')} className="plan-source" lang="zh-CN">
                            {[cell.target, cell.actual].map((value, i) =>
                              value === null ? null : (
                                <div key={i}>
                                  {value.source.document_id === null ? (
                                    value.source.label
                                  ) : (
                                    <a href={buildHash(['documents', value.source.document_id])}>
                                      {value.source.label}
                                    </a>
                                  )}
                                  {value.source.sentence ? <q>{value.source.sentence}</q> : null}
                                </div>
                              ),
                            )}
                          </td>
                        </tr>
                      )),
                    )}
                  </tbody>
                </table>
              </div>
            </>
          )
        }
      </AsyncView>
    </>
  );
}
