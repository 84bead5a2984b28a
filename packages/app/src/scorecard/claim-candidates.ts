import { rankKey, type Observation } from '@lantu/core';

/**
 * The observations that could hold a conflicting claim: those of a figure (indicator,
 * jurisdiction, year, period, measure, unit) that has more than one distinct claim.
 * A figure every source states identically cannot conflict, so the detector is spared
 * the bulk of repeated yearbook figures; what it gets, it judges as always.
 */
export function claimCandidates(observations: readonly Observation[]): Observation[] {
  const groups = new Map<string, { claims: Set<string>; members: Observation[] }>();
  for (const o of observations) {
    const key = `${o.indicator_code}|${o.jurisdiction}|${o.year}|${o.period}|${o.measure}|${o.base_unit}|${rankKey(o)}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { claims: new Set(), members: [] };
      groups.set(key, group);
    }
    group.claims.add(`${o.comparator}${o.value}`);
    group.members.push(o);
  }
  const out: Observation[] = [];
  for (const group of groups.values()) if (group.claims.size > 1) out.push(...group.members);
  return out;
}
