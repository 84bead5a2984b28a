/** A progress bar with its number written beside it (the bar alone says nothing to a screen reader). */
import type { StatusCode } from '../api/types.js';
import { formatShare } from '../format/number.js';
import { STATUS_META } from '../status/status-meta.js';
import { barPercent } from '../status/progress.js';

export interface ProgressBarProps {
  readonly share: number | null;
  readonly status: StatusCode;
  readonly label: string;
}

export function ProgressBar({ share, status, label }: ProgressBarProps) {
  if (share === null) return <span className="muted">—</span>;
  const percent = barPercent(share);
  return (
    <span className="progress">
      <span
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={formatShare(share)}
      >
        <span
          className="progress-fill"
          style={{ width: `${percent}%`, backgroundColor: STATUS_META[status].colour }}
        />
      </span>
      <span className="progress-text">{formatShare(share)}</span>
    </span>
  );
}
