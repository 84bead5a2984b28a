/**
 * The scorecard's filter bar: status, document, year, indicator, free text and sort order.
 * Every control is a labelled native form control (keyboard and screen readers for free);
 * the text box waits for a pause in typing before it filters.
 */
import { useEffect, useRef, useState } from 'react';
import type { DocumentSummary, Indicator } from '../api/types.js';
import { useDebounced } from '../hooks/use-debounced.js';
import { useLatest } from '../hooks/use-latest.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { MessageKey } from '../i18n/translate.js';
import { STATUS_META, STATUS_ORDER, isStatusCode } from '../status/status-meta.js';
import { SORT_KEYS, type ScorecardView, type SortKey } from './scorecard-query.js';

const SORT_LABELS: Readonly<Record<SortKey, MessageKey>> = {
  status: 'sortStatus',
  year: 'sortYear',
  progress: 'sortProgress',
  document: 'sortDocument',
  metric: 'sortMetric',
};

export interface ScorecardFiltersProps {
  readonly view: ScorecardView;
  readonly documents: readonly DocumentSummary[];
  readonly indicators: readonly Indicator[];
  readonly years: readonly number[];
  readonly onChange: (view: ScorecardView) => void;
  /** Pause before the text box filters; tests pass 0. */
  readonly debounceMs?: number;
}

export function ScorecardFilters({
  view,
  documents,
  indicators,
  years,
  onChange,
  debounceMs = 300,
}: ScorecardFiltersProps) {
  const { t, lang } = useI18n();
  const { query } = view;
  const [text, setText] = useState(query.q ?? '');
  const debouncedText = useDebounced(text, debounceMs);
  const committed = useRef(query.q ?? '');
  const latest = useLatest({ view, onChange });

  // The URL changed from outside (back button, a link): show its text.
  useEffect(() => {
    if ((query.q ?? '') !== committed.current) {
      committed.current = query.q ?? '';
      setText(committed.current);
    }
  }, [query.q]);

  useEffect(() => {
    const next = debouncedText.trim();
    if (next === committed.current) return;
    committed.current = next;
    // Only a settled change of the text box commits; the rest of the view is read fresh.
    const current = latest.current.view;
    latest.current.onChange({
      ...current,
      // A new filter starts again at the first page.
      query: { ...current.query, q: next === '' ? undefined : next, page: undefined },
    });
  }, [debouncedText, latest]);

  const set = (patch: Partial<ScorecardView['query']>) =>
    onChange({ ...view, query: { ...query, ...patch, page: undefined } });
  const yearOptions = [...new Set([...years, ...(query.year ? [query.year] : [])])].sort(
    (a, b) => a - b,
  );

  return (
    <form
      className="filters"
      aria-label={t('filtersTitle')}
      role="search"
      onSubmit={(event) => event.preventDefault()}
    >
      <label>
        <span>{t('filterStatus')}</span>
        <select
          name="status"
          value={query.status ?? ''}
          onChange={(event) =>
            set({ status: isStatusCode(event.target.value) ? event.target.value : undefined })
          }
        >
          <option value="">{t('filterAll')}</option>
          {STATUS_ORDER.map((status) => (
            <option key={status} value={status}>
              {STATUS_META[status][lang]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('filterDocument')}</span>
        <select
          name="document"
          value={query.document ?? ''}
          onChange={(event) => set({ document: event.target.value || undefined })}
        >
          <option value="">{t('filterAll')}</option>
          {documents.map((doc) => (
            <option key={doc.id} value={doc.id}>
              {doc.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('filterYear')}</span>
        <select
          name="year"
          value={query.year ?? ''}
          onChange={(event) =>
            set({ year: event.target.value ? Number(event.target.value) : undefined })
          }
        >
          <option value="">{t('filterAll')}</option>
          {yearOptions.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('filterIndicator')}</span>
        <select
          name="indicator"
          value={query.indicator ?? ''}
          onChange={(event) => set({ indicator: event.target.value || undefined })}
        >
          <option value="">{t('filterAll')}</option>
          {indicators.map((indicator) => (
            <option key={indicator.code} value={indicator.code}>
              {lang === 'zh' ? indicator.name_zh : indicator.name_en}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-text">
        <span>{t('filterText')}</span>
        <input
          type="search"
          name="q"
          value={text}
          placeholder={t('filterTextPlaceholder')}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      <label>
        <span>{t('sortBy')}</span>
        <select
          name="sort"
          value={view.sort}
          onChange={(event) =>
            onChange({
              ...view,
              sort: SORT_KEYS.find((key) => key === event.target.value) ?? 'status',
            })
          }
        >
          {SORT_KEYS.map((key) => (
            <option key={key} value={key}>
              {t(SORT_LABELS[key])}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">{t('sortDirection')}</span>
        <select
          name="dir"
          value={view.direction}
          onChange={(event) =>
            onChange({ ...view, direction: event.target.value === 'desc' ? 'desc' : 'asc' })
          }
        >
          <option value="asc">{t('sortAscending')}</option>
          <option value="desc">{t('sortDescending')}</option>
        </select>
      </label>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          committed.current = '';
          setText('');
          onChange({ query: {}, sort: 'status', direction: 'asc' });
        }}
      >
        {t('filterReset')}
      </button>
    </form>
  );
}
