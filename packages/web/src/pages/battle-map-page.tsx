/**
 * 作战图: a plan's responsible units (its fields before anything is assigned) down the side,
 * the quarters its targets fall due in across, each target a chip coloured by status;
 * filters by field, unit and status live in the URL; on a phone, a list per unit instead of
 * the grid (battle-map-list); the same map as an A1 wall chart (print, PNG, PDF) from the
 * server.
 */
import { api, battleMapFileUrl, type BattleMapQuery } from '../api/endpoints.js';
import type { BattleMap } from '../api/types.js';
import { AsyncView } from '../components/async-view.js';
import { useApi } from '../hooks/use-api.js';
import { useI18n } from '../i18n/i18n-context.js';
import { buildHash } from '../router/hash-route.js';
import { isStatusCode, STATUS_META, STATUS_ORDER } from '../status/status-meta.js';
import { BattleChip } from './battle-chip.js';
import { BattleMapList } from './battle-map-list.js';

function MapGrid({ map }: { readonly map: BattleMap }) {
  const { t, lang } = useI18n();
  const years = [...new Set(map.columns.map((column) => column.year))];
  // Most targets fall due at a year end: quarters with nothing due stay narrow, and a
  // quarter where many fall due (the plan's last) widens so its chips flow in lines.
  const busiest = map.columns.map((_, i) =>
    Math.max(0, ...map.rows.map((row) => row.cells[i]?.length ?? 0)),
  );
  const widths = busiest.map((count) => (count === 0 ? 2 : Math.min(40, 10 + count / 4)));
  const width = 11 + widths.reduce((sum, w) => sum + w, 0);
  return (
    <div className="table-scroll battle-grid">
      <table className="battle-map" style={{ width: `max(100%, ${width}rem)` }}>
        <colgroup>
          <col style={{ width: '11rem' }} />
          {widths.map((w, i) => (
            <col key={i} style={{ width: `${w}rem` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {map.axis === 'unit' ? t('battleMapUnit') : t('battleMapField')}
            </th>
            {years.map((year) => (
              <th key={year} scope="colgroup" colSpan={4}>
                {lang === 'zh' ? `${year}年` : year}
              </th>
            ))}
          </tr>
          <tr>
            {map.columns.map((column) => (
              <th
                key={`${column.year}-${column.quarter}`}
                scope="col"
                className="battle-quarter"
                title={column.label[lang]}
              >
                {lang === 'zh' ? `${'一二三四'[column.quarter - 1]}季` : `Q${column.quarter}`}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {map.rows.map((row) => (
            <tr key={row.name}>
              <th scope="row" lang="zh-CN">
                {row.name}
              </th>
              {row.cells.map((cell, i) => (
                <td key={`${map.columns[i]?.year}-${map.columns[i]?.quarter}`}>
                  {cell.map((entry) => (
                    <BattleChip key={entry.item_id} entry={entry} planId={map.plan.id} />
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function BattleMapPage({ params }: { readonly params: URLSearchParams }) {
  const { t, lang } = useI18n();
  const planId = params.get('plan');
  const status = params.get('status');
  const query: BattleMapQuery = {
    section: params.get('section') ?? undefined,
    unit: params.get('unit') ?? undefined,
    status: isStatusCode(status) ? status : undefined,
  };
  const plans = useApi(planId === null ? 'plans' : null, (signal) => api.plans(signal));
  const chosen = planId ?? plans.state.data?.[0]?.id ?? null;
  const map = useApi(
    chosen === null
      ? null
      : `battlemap:${chosen}:${query.section ?? ''}:${query.unit ?? ''}:${query.status ?? ''}`,
    (signal) => api.battleMap(chosen ?? '', query, signal),
  );
  // All fields and units for the filters come from the unfiltered map of the same plan.
  const fields = useApi(chosen === null ? null : `battlemap-fields:${chosen}`, (signal) =>
    api.battleMap(chosen ?? '', {}, signal),
  );
  const go = (next: BattleMapQuery) => {
    window.location.hash = buildHash(['battlemap'], { plan: chosen, ...query, ...next });
  };
  return (
    <>
      <h1>{t('battleMapTitle')}</h1>
      <p className="muted">{t('battleMapIntro')}</p>
      {chosen === null ? (
        plans.state.phase === 'ready' ? (
          <p>{t('plansEmpty')}</p>
        ) : null
      ) : (
        <>
          <div className="filters">
            <label>
              <span>{t('battleMapField')}</span>
              <select
                value={query.section ?? ''}
                onChange={(event) => go({ section: event.target.value || undefined })}
              >
                <option value="">{t('battleMapAllFields')}</option>
                {(fields.state.data?.sections ?? []).map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
            {(fields.state.data?.units.length ?? 0) > 0 ? (
              <label>
                <span>{t('battleMapUnit')}</span>
                <select
                  value={query.unit ?? ''}
                  onChange={(event) => go({ unit: event.target.value || undefined })}
                >
                  <option value="">{t('battleMapAllUnits')}</option>
                  {(fields.state.data?.units ?? []).map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                  <option value="未交办">{t('battleMapUnassigned')}</option>
                </select>
              </label>
            ) : null}
            <label>
              <span>{t('planColStatus')}</span>
              <select
                value={query.status ?? ''}
                onChange={(event) =>
                  go({ status: isStatusCode(event.target.value) ? event.target.value : undefined })
                }
              >
                <option value="">{t('battleMapAllStatuses')}</option>
                {STATUS_ORDER.map((code) => (
                  <option key={code} value={code}>
                    {STATUS_META[code][lang]}
                  </option>
                ))}
              </select>
            </label>
            <a
              className="button-link"
              href={battleMapFileUrl(chosen, 'html', query, lang)}
              target="_blank"
              rel="noopener"
            >
              {t('battleMapPrint')}
            </a>
            <a className="button-link" href={battleMapFileUrl(chosen, 'png', query, lang)} download>
              {t('battleMapPng')}
            </a>
            <a className="button-link" href={battleMapFileUrl(chosen, 'pdf', query, lang)} download>
              {t('battleMapPdf')}
            </a>
          </div>
          <AsyncView resource={map}>
            {(data) => (
              <>
                <h2 lang="zh-CN">{data.plan.name}</h2>
                <MapGrid map={data} />
                <BattleMapList map={data} />
              </>
            )}
          </AsyncView>
        </>
      )}
    </>
  );
}
