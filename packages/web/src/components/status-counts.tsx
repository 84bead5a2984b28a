/** Counts per status as colour-coded cards; each opens the scorecard filtered to it. */
import type { StatusCode } from '../api/types.js';
import { useI18n } from '../i18n/i18n-context.js';
import { buildHash } from '../router/hash-route.js';
import { STATUS_META, STATUS_ORDER } from '../status/status-meta.js';

export function StatusCounts({
  totals,
}: {
  readonly totals: Readonly<Record<StatusCode, number>>;
}) {
  const { lang } = useI18n();
  const other = lang === 'zh' ? 'en' : 'zh';
  return (
    <ul className="status-counts">
      {STATUS_ORDER.map((status) => {
        const meta = STATUS_META[status];
        return (
          <li key={status}>
            <a
              className="status-card"
              data-status={status}
              href={buildHash(['scorecard'], { status })}
              style={{
                borderTopColor: meta.colour,
                backgroundColor: meta.background,
                color: meta.colour,
              }}
            >
              <span className="status-card-count">{totals[status] ?? 0}</span>
              <span className="status-card-word">
                <span aria-hidden="true">{meta.symbol} </span>
                {meta[lang]}
              </span>
              <span className="status-card-other" lang={other === 'zh' ? 'zh-CN' : 'en'}>
                {meta[other]}
              </span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
