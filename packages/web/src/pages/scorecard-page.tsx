/** 目标清单: every target with status, progress and explanation; filters live in the URL. */
import { useMemo } from 'react';
import { api, exportUrl, SCORECARD_LIMIT, type ExportFormat } from '../api/endpoints.js';
import type { DocumentSummary, Indicator, ScorecardRow } from '../api/types.js';
import { AsyncView } from '../components/async-view.js';
import { useApi } from '../hooks/use-api.js';
import { useI18n } from '../i18n/i18n-context.js';
import { buildHash } from '../router/hash-route.js';
import { navigate } from '../router/use-route.js';
import { ScorecardFilters } from '../scorecard/scorecard-filters.js';
import {
  parseScorecardView,
  scorecardViewParams,
  type ScorecardView,
} from '../scorecard/scorecard-query.js';
import { ScorecardTable } from '../scorecard/scorecard-table.js';
import { sortRows } from '../scorecard/sort-rows.js';
import { PAGE_SIZE, Pager, pageFrom } from '../scorecard/pager.js';
import { StatusCounts } from '../components/status-counts.js';
import { useSession } from '../session/session-context.js';

const EXPORTS: readonly {
  readonly format: ExportFormat;
  readonly label: 'exportCsv' | 'exportXlsx' | 'exportJson';
}[] = [
  { format: 'csv', label: 'exportCsv' },
  { format: 'xlsx', label: 'exportXlsx' },
  { format: 'json', label: 'exportJson' },
];

const NO_DOCUMENTS: readonly DocumentSummary[] = [];
const NO_INDICATORS: readonly Indicator[] = [];

export function ScorecardPage({ params }: { readonly params: URLSearchParams }) {
  const { t } = useI18n();
  const session = useSession();
  // LANTU_UNREVIEWED=hide: visitors see only what a person has reviewed.
  const hideUnreviewed = session.portal.unreviewed === 'hide' && !session.user;
  const visibleRows = (all: readonly ScorecardRow[]) =>
    hideUnreviewed ? all.filter((row) => row.item.review_state !== 'extracted') : all;
  const view = parseScorecardView(params);
  // The server's page (of SCORECARD_LIMIT rows) that holds the screen's page (of PAGE_SIZE).
  const screenPage = view.query.page ?? 1;
  const serverQuery = {
    ...view.query,
    page: Math.floor(((screenPage - 1) * PAGE_SIZE) / SCORECARD_LIMIT) + 1,
  };
  const queryKey = JSON.stringify(serverQuery);
  const scorecard = useApi(`scorecard:${queryKey}`, (signal) => api.scorecard(serverQuery, signal));
  const documents = useApi('documents', (signal) => api.documents(signal));
  const indicators = useApi('indicators', (signal) => api.indicators(signal));

  const rows = scorecard.state.data?.rows;
  const years = useMemo(() => {
    const found = new Set<number>();
    for (const row of rows ?? []) if (row.item.year !== null) found.add(row.item.year);
    return [...found];
  }, [rows]);

  // Only indicators some target is linked to are worth offering.
  const linkedIndicators = useMemo(() => {
    const all = indicators.state.data ?? NO_INDICATORS;
    const linked = new Set((rows ?? []).map((row) => row.item.indicator_code));
    const filtered = all.filter(
      (indicator) => linked.has(indicator.code) || indicator.code === view.query.indicator,
    );
    return filtered.length > 0 ? filtered : all;
  }, [indicators.state.data, rows, view.query.indicator]);

  // A filter or sort change is a step back can undo; typing in the keyword box is not.
  const change = (next: ScorecardView) => {
    const typing =
      next.query.q !== view.query.q &&
      JSON.stringify({ ...next.query, q: null }) === JSON.stringify({ ...view.query, q: null }) &&
      next.sort === view.sort &&
      next.direction === view.direction;
    navigate(buildHash(['scorecard'], scorecardViewParams(next)), { replace: typing });
  };
  const hrefWith = (patch: Record<string, string | number | undefined>) =>
    buildHash(['scorecard'], { ...scorecardViewParams(view), ...patch });

  return (
    <>
      <h1>{t('scorecardTitle')}</h1>
      <ScorecardFilters
        view={view}
        documents={documents.state.data ?? NO_DOCUMENTS}
        indicators={linkedIndicators}
        years={years}
        onChange={change}
      />
      <AsyncView resource={scorecard}>
        {(data) => {
          // The server gives pages of SCORECARD_LIMIT rows; the screen shows PAGE_SIZE of them.
          const sorted = sortRows(visibleRows(data.rows), view.sort, view.direction);
          const page = pageFrom(params, data.total);
          const within = ((page - 1) * PAGE_SIZE) % SCORECARD_LIMIT;
          const shown = sorted.slice(within, within + PAGE_SIZE);
          return (
            <>
              <section aria-label={t('statusCountsFiltered')} className="scorecard-counts">
                <StatusCounts
                  totals={data.totals}
                  current={view.query.status}
                  hrefFor={(status) => hrefWith({ status, page: undefined })}
                />
              </section>
              <div className="scorecard-bar">
                <p role="status" className="row-count">
                  {data.rows.length < data.total
                    ? t('rowsTruncated', { shown: data.rows.length, total: data.total })
                    : t('rowsShown', { total: data.total })}
                </p>
                <p className="exports">
                  <span>
                    {t('exportTitle')}
                    {t('colon')}
                  </span>
                  {EXPORTS.map(({ format, label }) => (
                    <a
                      key={format}
                      className="button-link"
                      href={exportUrl(format, view.query, {
                        sort: view.sort,
                        direction: view.direction,
                      })}
                      download
                    >
                      {t(label)}
                    </a>
                  ))}
                </p>
              </div>
              {view.sort === 'status' ? (
                <p className="muted sort-note">{t('sortStatusNote')}</p>
              ) : null}
              {sorted.length === 0 ? (
                <p className="muted">{t('scorecardEmpty')}</p>
              ) : (
                <>
                  <ScorecardTable rows={shown} />
                  <Pager
                    page={page}
                    total={data.total}
                    hrefFor={(n) => hrefWith({ page: n === 1 ? undefined : n })}
                  />
                </>
              )}
            </>
          );
        }}
      </AsyncView>
    </>
  );
}
