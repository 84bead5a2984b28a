/**
 * The observation a status's latest figure comes from, when it was read from a document: the
 * one matching the status's latest year and value, else the newest document-sourced one.
 */
import type { TargetStatus } from '../api/types.js';

type Observation = TargetStatus['observations'][number];
export type DocumentObservation = Observation & {
  readonly source: Extract<Observation['source'], { type: 'document' }>;
};

function fromDocument(o: Observation): o is DocumentObservation {
  return o.source.type === 'document';
}

export function latestEvidence(status: TargetStatus): DocumentObservation | null {
  const candidates = status.observations.filter(fromDocument);
  const n = status.numbers;
  const exact = candidates.find(
    (o) =>
      o.year === n.latest_year &&
      (n.latest_period === null || o.period === n.latest_period) &&
      Math.abs(o.value - (n.latest_value ?? NaN)) <= Math.abs(o.value) * 1e-9,
  );
  if (exact) return exact;
  return [...candidates].sort((a, b) => b.year - a.year)[0] ?? null;
}
