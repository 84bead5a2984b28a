/** 指标: the indicator catalog, those with linked targets first, each opening its chart. */
import { useMemo, useState } from 'react';
import { api } from '../api/endpoints.js';
import type { Indicator, ScorecardRow, StatusCode } from '../api/types.js';
import { AsyncView } from '../components/async-view.js';
import { StatusBadge } from '../components/status-badge.js';
import { useApi } from '../hooks/use-api.js';
import { useI18n } from '../i18n/i18n-context.js';
import { buildHash } from '../router/hash-route.js';
import { STATUS_SEVERITY } from '../status/status-meta.js';

interface Linked {
  readonly count: number;
  readonly worst: StatusCode;
}

function linkedTargets(rows: readonly ScorecardRow[]): Map<string, Linked> {
  const map = new Map<string, Linked>();
  for (const row of rows) {
    const code = row.item.indicator_code;
    if (!code) continue;
    const current = map.get(code);
    const status = row.status.status;
    map.set(code, {
      count: (current?.count ?? 0) + 1,
      worst:
        current && STATUS_SEVERITY[current.worst] <= STATUS_SEVERITY[status]
          ? current.worst
          : status,
    });
  }
  return map;
}

function IndicatorList({
  indicators,
  rows,
}: {
  readonly indicators: readonly Indicator[];
  readonly rows: readonly ScorecardRow[];
}) {
  const { t, lang } = useI18n();
  const [filter, setFilter] = useState('');
  const linked = useMemo(() => linkedTargets(rows), [rows]);
  const needle = filter.trim().toLowerCase();
  const shown = indicators
    .filter(
      (i) =>
        needle === '' ||
        [i.name_zh, i.name_en, i.code, ...i.aliases].some((name) =>
          name.toLowerCase().includes(needle),
        ),
    )
    .sort((a, b) => (linked.get(b.code)?.count ?? 0) - (linked.get(a.code)?.count ?? 0));
  return (
    <>
      <label className="field inline-field">
        <span>{t('indicatorsFilter')}</span>
        <input type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
      </label>
      {shown.length === 0 ? (
        <p className="muted">{t('indicatorsEmpty')}</p>
      ) : (
        <ul className="indicator-list">
          {shown.map((indicator) => {
            const info = linked.get(indicator.code);
            return (
              <li key={indicator.code}>
                <a href={buildHash(['indicators', indicator.code])}>
                  {lang === 'zh' ? indicator.name_zh : indicator.name_en}
                </a>
                <span className="muted small">
                  {' '}
                  {lang === 'zh' ? indicator.name_en : indicator.name_zh}
                </span>
                {info ? (
                  <span className="indicator-linked">
                    <StatusBadge status={info.worst} />
                    <span className="muted small">{t('targetsCount', { count: info.count })}</span>
                  </span>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

export function IndicatorsPage() {
  const { t } = useI18n();
  const indicators = useApi('indicators', (signal) => api.indicators(signal));
  const scorecard = useApi('scorecard:{}', (signal) => api.scorecard({}, signal));
  return (
    <>
      <h1>{t('indicatorsTitle')}</h1>
      <AsyncView resource={indicators}>
        {(list) => <IndicatorList indicators={list} rows={scorecard.state.data?.rows ?? []} />}
      </AsyncView>
    </>
  );
}
