import type { Comparator, Measure } from '../model/item.js';
import { byDocumentDate, type TrackedTarget } from './tracked-target.js';

/** How the latest version differs from the one before it. */
export type GoalpostDirection = 'raised' | 'lowered' | 'comparator-changed' | 'changed';

/** One target restated with different terms across documents. */
export interface GoalpostChange {
  readonly indicator_code: string;
  readonly jurisdiction: string;
  readonly year: number;
  readonly measure: Measure | null;
  /** Every version, oldest document first (restatements with the same terms included). */
  readonly versions: readonly TrackedTarget[];
  /** The latest document's version: it wins. */
  readonly current: TrackedTarget;
  /** The most recent version whose terms differ from the current one. */
  readonly previous: TrackedTarget;
  /** Compared on base values, so 1万亿元 and 10000亿元 are the same terms. */
  readonly direction: GoalpostDirection;
  readonly explanation: { readonly zh: string; readonly en: string };
}

function termsKey(t: TrackedTarget): string {
  const i = t.item;
  return JSON.stringify([i.comparator, i.base_value, i.value_max, i.period, i.recurring]);
}

function describe(t: TrackedTarget): string {
  const i = t.item;
  const cmp: Record<Comparator, string> = {
    '>=': '≥',
    '>': '>',
    '<=': '≤',
    '<': '<',
    '~': '≈',
    '=': '=',
    range: '',
  };
  const value =
    i.comparator === 'range'
      ? `${i.value ?? '?'}–${i.value_max ?? '?'}`
      : `${cmp[i.comparator ?? '=']}${i.value ?? '?'}`;
  return `${value}${i.unit ?? ''}`;
}

function directionOf(previous: TrackedTarget, current: TrackedTarget): GoalpostDirection {
  const a = previous.item.base_value;
  const b = current.item.base_value;
  if (a !== null && b !== null && a !== b) return b > a ? 'raised' : 'lowered';
  if (previous.item.comparator !== current.item.comparator) return 'comparator-changed';
  return 'changed';
}

/**
 * Targets for the same indicator, jurisdiction, deadline year and measure
 * whose value or comparator changed between documents (tracking-anchors.md
 * §d.2, goal-post detection). The later document wins; both are shown.
 * Differences within a single document are not goal-post moves and are left
 * to review. Milestones and actuals are ignored.
 */
export function detectGoalpostChanges(targets: readonly TrackedTarget[]): GoalpostChange[] {
  const groups = new Map<string, TrackedTarget[]>();
  for (const t of byDocumentDate(targets)) {
    if (t.item.kind !== 'target' || t.item.year === null) continue;
    const key = JSON.stringify([t.indicator_code, t.jurisdiction, t.item.year, t.item.measure]);
    const list = groups.get(key) ?? [];
    list.push(t);
    groups.set(key, list);
  }
  const changes: GoalpostChange[] = [];
  for (const versions of groups.values()) {
    const current = versions[versions.length - 1];
    if (current === undefined) continue;
    const previous = versions
      .filter((v) => v.document.id !== current.document.id && termsKey(v) !== termsKey(current))
      .at(-1);
    if (previous === undefined) continue;
    const direction = directionOf(previous, current);
    const year = current.item.year ?? 0;
    const was = describe(previous);
    const now = describe(current);
    const dirZh = {
      raised: '上调',
      lowered: '下调',
      'comparator-changed': '改变口径',
      changed: '调整',
    };
    changes.push({
      indicator_code: current.indicator_code,
      jurisdiction: current.jurisdiction,
      year,
      measure: current.item.measure,
      versions,
      current,
      previous,
      direction,
      explanation: {
        zh: `${current.item.metric}${year}年目标由${was}（${previous.document.title ?? previous.document.id}）${dirZh[direction]}为${now}（${current.document.title ?? current.document.id}），以后者为准。`,
        en: `The ${year} target for ${current.indicator_code} went from ${was} (${previous.document.title ?? previous.document.id}) to ${now} (${current.document.title ?? current.document.id}); the later document wins.`,
      },
    });
  }
  return changes;
}
