/**
 * Counts per status as colour-coded cards; each opens the scorecard filtered to it. A card
 * with no targets is not a link (it would open an empty list).
 */
import type { StatusCode } from '../api/types.js';
import { useI18n } from '../i18n/i18n-context.js';
import { buildHash } from '../router/hash-route.js';
import { STATUS_META, STATUS_ORDER } from '../status/status-meta.js';

export function StatusCounts({
  totals,
  hrefFor = (status) => buildHash(['scorecard'], { status }),
  current,
}: {
  readonly totals: Readonly<Record<StatusCode, number>>;
  /** Where a card leads; the scorecard keeps its other filters. */
  readonly hrefFor?: (status: StatusCode) => string;
  /** The status the list is filtered to, marked as the current card. */
  readonly current?: StatusCode | undefined;
}) {
  const { lang } = useI18n();
  const other = lang === 'zh' ? 'en' : 'zh';
  return (
    <ul className="status-counts">
      {STATUS_ORDER.map((status) => {
        const meta = STATUS_META[status];
        const count = totals[status] ?? 0;
        const style = {
          borderTopColor: meta.colour,
          backgroundColor: meta.background,
          color: meta.colour,
        };
        if (count === 0)
          return (
            <li key={status}>
              <span className="status-card is-zero" data-status={status} style={style}>
                <span className="status-card-count">0</span>
                <span className="status-card-word">
                  <span aria-hidden="true">{meta.symbol} </span>
                  {meta[lang]}
                </span>
                <span className="status-card-other" lang={other === 'zh' ? 'zh-CN' : 'en'}>
                  {meta[other]}
                </span>
              </span>
            </li>
          );
        return (
          <li key={status}>
            <a
              className="status-card"
              data-status={status}
              href={hrefFor(status)}
              aria-current={current === status ? 'true' : undefined}
              style={style}
            >
              <span className="status-card-count">{count}</span>
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
