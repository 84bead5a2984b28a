/**
 * A status chip: symbol, word and colour, and the method's word after it. No tooltip in the
 * other language: a `title="missed"` on a Chinese page is a code on screen, not help.
 */
import type { StatusCode, TargetStatus } from '../api/types.js';
import { useI18n } from '../i18n/i18n-context.js';
import { STATUS_META } from '../status/status-meta.js';

export interface StatusBadgeProps {
  readonly status: StatusCode;
  /** The method's own word (超序时, 提前完成), shown after the chip when it differs. */
  readonly label?: TargetStatus['label'] | undefined;
}

export function StatusBadge({ status, label }: StatusBadgeProps) {
  const { lang } = useI18n();
  const meta = STATUS_META[status];
  const word = meta[lang];
  const detail = label?.[lang];
  const showDetail = detail !== undefined && detail !== '' && detail !== word;
  return (
    <span className="status-badge-wrap">
      <span
        className="status-badge"
        data-status={status}
        style={{ color: meta.colour, backgroundColor: meta.background, borderColor: meta.colour }}
      >
        <span aria-hidden="true" className="status-symbol">
          {meta.symbol}
        </span>
        {word}
      </span>
      {showDetail ? <span className="status-detail">{detail}</span> : null}
    </span>
  );
}
