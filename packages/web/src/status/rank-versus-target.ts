/**
 * A rank target's progress as ranks, not a share: 第2位（目标第1位）. A bar at 50 % for 2nd
 * against a 1st target says nothing true (second place is not half of first).
 */
import type { ScorecardRow } from '../api/types.js';
import type { Lang } from '../i18n/lang.js';
import { rankLabel } from '../indicator/chart-option-rank.js';

export function isRankTarget(row: Pick<ScorecardRow, 'item' | 'status'>): boolean {
  return row.status.method === 'rank' || row.item.measure === 'rank' || row.item.unit === '位';
}

/** null when there is no latest rank to compare. */
export function rankVersusTarget(
  row: Pick<ScorecardRow, 'item' | 'status'>,
  lang: Lang,
  template: (latest: string, target: string) => string,
): string | null {
  const n = row.status.numbers;
  if (n.latest_value === null || n.target_value === null) return null;
  return template(rankLabel(n.latest_value, lang), rankLabel(n.target_value, lang));
}
