/**
 * One plan's 规划实施情况评估: the overall judgement with completion rate and coverage, the
 * report downloads, the main-indicator table with both sources, progress by field and by
 * strategy, goal posts moved, conflicting figures and problems.
 */
import { api, planReportUrl } from '../api/endpoints.js';
import type { PlanEvaluation, PlanGroup, PlanIndicatorRow } from '../api/types.js';
import { AsyncView } from '../components/async-view.js';
import { StatusBadge } from '../components/status-badge.js';
import { StatusCounts } from '../components/status-counts.js';
import { useApi } from '../hooks/use-api.js';
import { useI18n } from '../i18n/i18n-context.js';
import { ratePercent } from '../plans/plan-words.js';
import { buildHash } from '../router/hash-route.js';

function SourceCell({ row }: { readonly row: PlanIndicatorRow }) {
  const { target_source: target, actual_source: actual } = row;
  const link = (documentId: string | null, label: string) =>
    documentId === null ? (
      label
    ) : (
      <a href={buildHash(['documents', documentId], { item: row.item_id })} lang="zh-CN">
        {label}
      </a>
    );
  return (
    <>
      <div>
        {link(target.document_id, target.label)}
        {target.sentence ? <q lang="zh-CN">{target.sentence}</q> : null}
      </div>
      {actual ? (
        <div>
          {link(actual.document_id, actual.label)}
          {actual.sentence ? <q lang="zh-CN">{actual.sentence}</q> : null}
        </div>
      ) : null}
    </>
  );
}

function IndicatorTable({ rows }: { readonly rows: readonly PlanIndicatorRow[] }) {
  const { t, lang } = useI18n();
  return (
    <div className="table-scroll">
      <table className="plain-table plan-table">
        <thead>
          <tr>
            <th scope="col">{t('planColIndicator')}</th>
            <th scope="col">{t('planColUnit')}</th>
            <th scope="col">{t('planColBaseline')}</th>
            <th scope="col">{t('planColTarget')}</th>
            <th scope="col">{t('planColActual')}</th>
            <th scope="col">{t('planColStatus')}</th>
            <th scope="col">{t('planColExplanation')}</th>
            <th scope="col">{t('planColSource')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.item_id}>
              <td data-label={t('planColIndicator')} lang="zh-CN">
                {row.indicator}
              </td>
              <td data-label={t('planColUnit')}>{row.unit}</td>
              <td data-label={t('planColBaseline')}>{row.baseline}</td>
              <td data-label={t('planColTarget')}>{row.target}</td>
              <td data-label={t('planColActual')}>{row.actual}</td>
              <td data-label={t('planColStatus')}>
                <StatusBadge status={row.status} label={row.status_label} />
              </td>
              <td data-label={t('planColExplanation')}>
                {row.explanation[lang]}
                {row.analysis ? <div className="muted">{row.analysis[lang]}</div> : null}
              </td>
              <td data-label={t('planColSource')} className="plan-source">
                <SourceCell row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Groups({ groups }: { readonly groups: readonly PlanGroup[] }) {
  const { t } = useI18n();
  if (groups.length === 0) return <p>{t('planNone')}</p>;
  return (
    <ul className="plan-groups">
      {groups.map((group) => (
        <li key={group.name}>
          <span lang="zh-CN">{group.name}</span>
          <span className="muted">
            {' '}
            {t('planGroupCount', { total: group.roll_up.total })} · {t('planCompletionRate')}{' '}
            {ratePercent(group.roll_up.completionRate) ?? t('planNotApplicable')}
          </span>
          <span className="plan-group-bar" aria-hidden="true">
            {(['achieved', 'missed', 'no-data', 'not-yet-due'] as const).map((status) =>
              group.roll_up.counts[status] > 0 ? (
                <span
                  key={status}
                  data-status={status}
                  style={{ flexGrow: group.roll_up.counts[status] }}
                />
              ) : null,
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}

function Evaluation({ evaluation }: { readonly evaluation: PlanEvaluation }) {
  const { t, lang } = useI18n();
  const { plan, overall } = evaluation;
  const targets = evaluation.rows.filter((row) => row.kind === 'target');
  const tasks = evaluation.rows.filter((row) => row.kind === 'milestone');
  return (
    <>
      <h1 lang="zh-CN">{plan.name}</h1>
      <p className="muted">{t('planPeriod', { start: plan.start_year, end: plan.end_year })}</p>
      <div className="plan-actions">
        <a className="button-link" href={planReportUrl(plan.id, 'docx')} download>
          {t('planDownloadDocx')}
        </a>
        <a className="button-link" href={planReportUrl(plan.id, 'pdf')} download>
          {t('planDownloadPdf')}
        </a>
        <a className="button-link" href={buildHash(['battlemap'], { plan: plan.id })}>
          {t('planOpenBattleMap')}
        </a>
        <a className="button-link" href={buildHash(['scorecard'], { plan: plan.id })}>
          {t('planOpenScorecard')}
        </a>
      </div>
      <section aria-labelledby="plan-overall">
        <h2 id="plan-overall">{t('planOverall')}</h2>
        <p>
          {t('planOverallText', {
            total: overall.total,
            due: overall.due,
            assessed: overall.assessed,
          })}
        </p>
        <dl className="plan-rates">
          <div>
            <dt>
              {t('planCompletionRate')} <span className="muted">（{t('planCompletionHelp')}）</span>
            </dt>
            <dd>{ratePercent(overall.completionRate) ?? t('planNotApplicable')}</dd>
          </div>
          <div>
            <dt>
              {t('planCoverage')} <span className="muted">（{t('planCoverageHelp')}）</span>
            </dt>
            <dd>{ratePercent(overall.coverage) ?? t('planNotApplicable')}</dd>
          </div>
        </dl>
        <StatusCounts totals={overall.counts} />
      </section>
      <section aria-labelledby="plan-problems">
        <h2 id="plan-problems">{t('planProblems')}</h2>
        {evaluation.problems.length === 0 ? (
          <p>{t('planNone')}</p>
        ) : (
          <ol lang="zh-CN">
            {evaluation.problems.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="plan-indicators">
        <h2 id="plan-indicators">{t('planIndicatorTable')}</h2>
        <IndicatorTable rows={targets} />
      </section>
      {tasks.length > 0 ? (
        <section aria-labelledby="plan-tasks">
          <h2 id="plan-tasks">{t('planTasks')}</h2>
          <IndicatorTable rows={tasks} />
        </section>
      ) : null}
      <section aria-labelledby="plan-sections">
        <h2 id="plan-sections">{t('planBySection')}</h2>
        <Groups groups={evaluation.sections} />
        <h3>{t('planByFramework')}</h3>
        <Groups groups={evaluation.framework_parts} />
        <h3>{t('planByUnit')}</h3>
        {evaluation.units.length === 0 ? (
          <p>{t('planNoUnits')}</p>
        ) : (
          <Groups groups={evaluation.units} />
        )}
      </section>
      <section aria-labelledby="plan-goalposts">
        <h2 id="plan-goalposts">{t('planGoalposts')}</h2>
        {evaluation.goalpost_changes.length === 0 ? (
          <p>{t('planNone')}</p>
        ) : (
          <ul>
            {evaluation.goalpost_changes.map((change) => (
              <li key={`${change.previous.label}${change.current.label}${change.indicator}`}>
                {change.explanation[lang]}
                <div className="goalpost-pair">
                  <q lang="zh-CN">{change.previous.sentence}</q>
                  <span className="muted">{change.previous.label}</span>
                  <q lang="zh-CN">{change.current.sentence}</q>
                  <span className="muted">{change.current.label}</span>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="plan-conflicts">
        <h2 id="plan-conflicts">{t('planConflicts')}</h2>
        {evaluation.claim_conflicts.length === 0 ? (
          <p>{t('planNone')}</p>
        ) : (
          <ul>
            {evaluation.claim_conflicts.map((conflict) => (
              <li key={`${conflict.indicator}-${conflict.year}`}>
                {conflict.indicator} {conflict.year}：{conflict.values.join(' / ')}
                <ul>
                  {conflict.sources.map((source, i) => (
                    <li key={i} lang="zh-CN">
                      {source.label}
                      {source.sentence ? <q>{source.sentence}</q> : null}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

export function PlanPage({ planId }: { readonly planId: string }) {
  const evaluation = useApi(`plan:${planId}`, (signal) => api.plan(planId, signal));
  return <AsyncView resource={evaluation}>{(data) => <Evaluation evaluation={data} />}</AsyncView>;
}
