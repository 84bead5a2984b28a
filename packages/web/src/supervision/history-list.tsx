/** A readable history: who did what, when, and each changed field's old → new value. */
import { useQuery } from '@tanstack/react-query';
import { Timeline } from 'antd';
import { formatDate } from '../format/date.js';
import { useI18n } from '../i18n/i18n-context.js';
import { loopApi, type HistoryEntry } from './supervision-api.js';
import { wordsFor, type Words } from './words.js';

function valueText(value: unknown, w: Words): string {
  if (value === null || value === undefined || value === '') return w.none;
  if (typeof value === 'string' && value in w.reportStates)
    return w.reportStates[value as keyof Words['reportStates']];
  if (Array.isArray(value)) return value.map((v) => valueText(v, w)).join('、');
  if (typeof value === 'number') return value.toLocaleString(w === wordsFor('zh') ? 'zh-CN' : 'en');
  return typeof value === 'string' ? value : w.none;
}

export function changeLines(entry: HistoryEntry, w: Words): string[] {
  const keys = new Set([...Object.keys(entry.before ?? {}), ...Object.keys(entry.after ?? {})]);
  return [...keys]
    .filter((key) => key !== 'base_value' && key !== 'base_unit')
    .map((key) => {
      const label = w.fieldWords[key] ?? key;
      const before = entry.before?.[key];
      const after = entry.after?.[key];
      return entry.before === null
        ? `${label}：${valueText(after, w)}`
        : `${label}：${valueText(before, w)} → ${valueText(after, w)}`;
    });
}

export function ReportHistory({ reportId }: { readonly reportId: string }) {
  const { lang } = useI18n();
  const w = wordsFor(lang);
  const history = useQuery({
    queryKey: ['report-history', reportId],
    queryFn: () => loopApi.reportHistory(reportId),
  });
  return (
    <Timeline
      items={(history.data ?? []).map((entry) => ({
        key: entry.id,
        children: (
          <div className="history-entry">
            <strong>
              {entry.actor} {w.actionWords[entry.action] ?? entry.action}
            </strong>{' '}
            <span className="muted">{formatDate(entry.at.slice(0, 10), lang)}</span>
            <ul>
              {changeLines(entry, w).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        ),
      }))}
    />
  );
}
