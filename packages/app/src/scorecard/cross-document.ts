import {
  detectClaimConflicts,
  detectGoalpostChanges,
  detectRetiredTargets,
  type ClaimConflict,
  type GoalpostChange,
  type Observation,
  type RetiredTarget,
  type TrackedTarget,
} from '@lantu/core';
import { seriesKey } from './observation-rows.js';
import type { TargetRecord } from './target-rows.js';

/** What comparing documents and sources shows about a set of series. */
export interface CrossDocumentFindings {
  readonly goalpostChanges: GoalpostChange[];
  readonly retiredTargets: RetiredTarget[];
  readonly claimConflicts: ClaimConflict[];
}

/** A linked target as the cross-document detectors take it; null when unlinked. */
export function trackedTarget(record: TargetRecord): TrackedTarget | null {
  const { item, document } = record;
  if (item.indicator_code === null || item.jurisdiction_code === null) return null;
  return {
    item,
    indicator_code: item.indicator_code,
    jurisdiction: item.jurisdiction_code,
    document: { id: document.id, kind: document.kind, date: document.date, title: document.title },
  };
}

/**
 * Goal-post changes and silently dropped targets among `context` (every linked target of
 * the jurisdictions concerned, since an edition is only seen whole), and conflicting
 * claims among `observations`, each kept only when it concerns one of `series`.
 */
export function crossDocumentFindings(
  context: readonly TargetRecord[],
  observations: readonly Observation[],
  series: ReadonlySet<string>,
): CrossDocumentFindings {
  const tracked = context.flatMap((record) => {
    const t = trackedTarget(record);
    return t === null ? [] : [t];
  });
  const concerns = (x: { indicator_code: string; jurisdiction: string }): boolean =>
    series.has(seriesKey(x.indicator_code, x.jurisdiction));
  return {
    goalpostChanges: detectGoalpostChanges(tracked).filter(concerns),
    retiredTargets: detectRetiredTargets(tracked).filter(concerns),
    claimConflicts: detectClaimConflicts(observations),
  };
}
