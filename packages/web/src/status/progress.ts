/**
 * How far a target has come, as one share for the progress bar. The status engine's own
 * ratio compares growth rates (R = CAGRₐ / CAGRᵣ) and is not a completion share, so the bar
 * uses the distance covered from baseline to target, or the 序时 share within a year.
 */
import type { TargetStatus } from '../api/types.js';

export function progressShare(status: TargetStatus): number | null {
  const n = status.numbers;
  if (status.method === 'xushi-progress' && n.progress_share !== null) return n.progress_share;
  if (status.status === 'achieved') return 1;
  const { baseline_value: base, latest_value: latest, target_value: target } = n;
  if (latest === null || target === null) return null;
  if (base !== null && target !== base) return (latest - base) / (target - base);
  if (status.method === 'rank') return latest === 0 ? null : target / latest;
  return target === 0 ? null : latest / target;
}

/** The share clamped to the bar's 0–100 %. */
export function barPercent(share: number | null): number {
  if (share === null || !Number.isFinite(share)) return 0;
  return Math.round(Math.min(1, Math.max(0, share)) * 100);
}
