/**
 * An indicator as open data (what open-sdg users rely on): its definition, unit, sources and
 * update schedule, the series as a CSV file made from the figures on the page, and where the
 * status method is written down.
 */
import { axisUnitName } from '../format/number.js';
import { useMemo } from 'react';
import type { IndicatorSeries } from '../api/types.js';
import { useI18n } from '../i18n/i18n-context.js';
import '../newcomer.css';

function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per figure, with its source sentence; a BOM so Excel reads the Chinese. */
export function seriesCsv(series: IndicatorSeries): string {
  const header = [
    'indicator',
    'jurisdiction',
    'year',
    'period',
    'measure',
    'comparator',
    'value',
    'unit',
    'source',
  ];
  const rows = series.observations.map((o) => [
    series.indicator.code,
    series.jurisdiction,
    o.year,
    o.period,
    o.measure,
    o.comparator,
    o.value,
    o.base_unit,
    o.source.type === 'document' ? o.source.text.replace(/\*\*/g, '') : o.source.type,
  ]);
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\n')}\n`;
}

export function OpenData({
  series,
  titles,
}: {
  readonly series: IndicatorSeries;
  readonly titles: ReadonlyMap<string, string>;
}) {
  const { t, lang } = useI18n();
  const href = useMemo(
    () => `data:text/csv;charset=utf-8,${encodeURIComponent(seriesCsv(series))}`,
    [series],
  );
  const { indicator } = series;
  const sources = [
    ...new Set(
      series.observations.flatMap((o) =>
        o.source.type === 'document' ? [titles.get(o.source.document_id) ?? ''] : [],
      ),
    ),
  ].filter(Boolean);
  return (
    <section aria-labelledby="open-data-title" className="open-data">
      <h2 id="open-data-title">{t('openDataTitle')}</h2>
      <dl>
        <dt>{t('openDataDefinition')}</dt>
        <dd>
          {lang === 'zh' ? indicator.name_zh : indicator.name_en}
          {indicator.aliases.length > 0 ? `（${indicator.aliases.join('、')}）` : ''}
        </dd>
        <dt>{t('openDataUnit')}</dt>
        <dd>
          {indicator.base_unit
            ? axisUnitName(indicator.base_unit, lang) || indicator.base_unit
            : '—'}
        </dd>
        <dt>{t('openDataSource')}</dt>
        <dd lang="zh-CN">{sources.length > 0 ? sources.join('；') : '—'}</dd>
        <dt>{t('openDataSchedule')}</dt>
        <dd>{t('openDataScheduleText')}</dd>
        <dt>{t('openDataMethod')}</dt>
        <dd>{t('openDataMethodText')}</dd>
      </dl>
      <a
        className="button-link"
        href={href}
        download={`${indicator.code}-${series.jurisdiction}.csv`}
      >
        {t('openDataCsv')}
      </a>
    </section>
  );
}
