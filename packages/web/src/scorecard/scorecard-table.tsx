/**
 * The scorecard rows. A real <table> for screen readers; on a phone the CSS lays each row
 * out as a card (the cells carry their column name in data-label). Each row's source
 * button opens the sentence the target was read from.
 */
import { useState } from 'react';
import type { ScorecardRow } from '../api/types.js';
import { ProgressBar } from '../components/progress-bar.js';
import { SourceDialog } from '../components/source-dialog.js';
import { EvidenceButton } from '../components/evidence-button.js';
import { formatYear } from '../format/date.js';
import { formatQuantity } from '../format/number.js';
import { formatWrittenTarget } from '../format/target-text.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { Lang } from '../i18n/lang.js';
import { buildHash } from '../router/hash-route.js';
import { progressShare } from '../status/progress.js';
import { isRankTarget, rankVersusTarget } from '../status/rank-versus-target.js';
import { inlineText } from '../format/inline-text.js';

function latestText(row: ScorecardRow, lang: Lang): string {
  const n = row.status.numbers;
  if (n.latest_value === null) return '—';
  // Status numbers are in base units, the unit of the item's base value (元, %, 个 …).
  return `${n.latest_is_bound ? '>' : ''}${formatQuantity(n.latest_value, row.item.base_unit, lang)}`;
}

export function ScorecardTable({ rows }: { readonly rows: readonly ScorecardRow[] }) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState<ScorecardRow | null>(null);
  return (
    <>
      <table className="scorecard">
        <thead>
          <tr>
            <th scope="col">{t('colStatus')}</th>
            <th scope="col">{t('colTarget')}</th>
            <th scope="col">{t('colLatest')}</th>
            <th scope="col">{t('colProgress')}</th>
            <th scope="col">{t('colExplanation')}</th>
            <th scope="col">{t('colSource')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const { item, status } = row;
            return (
              <tr key={item.id} data-item-id={item.id} data-status={status.status}>
                <td data-label={t('colStatus')}>
                  <EvidenceButton
                    item={item}
                    status={status}
                    documentTitle={row.document.title}
                    sectionTitle={row.section ? `${row.section.label}${row.section.title}` : null}
                  />
                </td>
                <td data-label={t('colTarget')} className="target-cell">
                  <span className="metric" lang="zh-CN">
                    {inlineText(item.metric)}
                  </span>{' '}
                  <span className="target-value">{formatWrittenTarget(item, lang)}</span>
                  {item.review_state === 'extracted' ? (
                    <span className="unreviewed-tag" title={t('unreviewedHint')}>
                      {t('unreviewed')}
                    </span>
                  ) : null}
                  <span className="muted small">
                    {' '}
                    {t('deadline')} {formatYear(item.year, lang)}
                    {item.indicator_code && row.indicator ? (
                      <>
                        {' · '}
                        <a href={buildHash(['indicators', item.indicator_code])}>
                          {lang === 'zh' ? row.indicator.name_zh : row.indicator.name_en}
                        </a>
                      </>
                    ) : null}
                  </span>
                  <span className="muted small doc-title" lang="zh-CN">
                    {row.document.title}
                  </span>
                </td>
                <td data-label={t('colLatest')}>
                  {latestText(row, lang)}
                  {status.numbers.latest_year !== null ? (
                    <span className="muted small">
                      {' '}
                      {formatYear(status.numbers.latest_year, lang)}
                    </span>
                  ) : null}
                </td>
                <td data-label={t('colProgress')}>
                  {isRankTarget(row) ? (
                    <span className="rank-progress">
                      {rankVersusTarget(row, lang, (latest, target) =>
                        t('rankVersusTarget', { latest, target }),
                      ) ?? '—'}
                    </span>
                  ) : (
                    <ProgressBar
                      share={progressShare(status)}
                      status={status.status}
                      label={`${t('colProgress')}${t('colon')}${item.metric}`}
                    />
                  )}
                </td>
                <td data-label={t('colExplanation')} className="explanation">
                  {status.explanation[lang]}
                </td>
                <td data-label={t('colSource')}>
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t('showSourceLabel', { metric: item.metric })}
                    onClick={() => setOpen(row)}
                  >
                    {t('showSource')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {open ? (
        <SourceDialog
          item={open.item}
          documentTitle={open.document.title}
          sectionTitle={open.section ? `${open.section.label}${open.section.title}` : null}
          status={open.status}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </>
  );
}
