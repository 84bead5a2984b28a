import { detectClaimConflicts, type Observation } from '@lantu/core';
import { describe, expect, it } from 'vitest';
import { claimCandidates } from './claim-candidates.js';

const obs = (fields: Partial<Observation>): Observation => ({
  indicator_code: 'gdp',
  jurisdiction: 'x',
  year: 2025,
  period: null,
  measure: 'level',
  value: 100,
  base_unit: '元',
  comparator: '=',
  source: { type: 'manual', actor: 't' },
  ...fields,
});

describe('claimCandidates', () => {
  it('keeps every figure with differing claims and drops figures all sources agree on', () => {
    const agree = [obs({}), obs({}), obs({})];
    const differ = [obs({ year: 2024, value: 1 }), obs({ year: 2024, value: 2 })];
    const threshold = [
      obs({ year: 2023, value: 5 }),
      obs({ year: 2023, value: 9, comparator: '>' }),
    ];
    const all = [...agree, ...differ, ...threshold];
    expect(claimCandidates(all)).toEqual([...differ, ...threshold]);
    // The detector finds the same conflicts on the candidates as on everything.
    expect(detectClaimConflicts(claimCandidates(all))).toEqual(detectClaimConflicts(all));
  });
});
