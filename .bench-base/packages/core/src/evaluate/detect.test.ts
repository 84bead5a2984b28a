import { describe, expect, it } from 'vitest';
import type { DocumentKind } from '../model/document.js';
import { detectClaimConflicts } from './claim-conflicts.js';
import { detectGoalpostChanges } from './goalposts.js';
import { detectRetiredTargets } from './retired-targets.js';
import { YI, obs, target } from './test-support.js';
import type { TrackedTarget } from './tracked-target.js';

function tracked(
  code: string,
  docId: string,
  date: string | null,
  fields: Partial<Parameters<typeof target>[0]> = {},
  kind: DocumentKind = 'five-year-plan',
): TrackedTarget {
  return {
    item: target({ metric: code, value: 1, ...fields }),
    indicator_code: code,
    jurisdiction: 'yw',
    document: { id: docId, kind, date, title: docId },
  };
}

describe('detectGoalpostChanges', () => {
  it('reports a changed value across documents; the later document wins', () => {
    const older = tracked('gdp', 'proposal', '2021-01-01', {
      value: 2000,
      unit: '亿元',
      base_unit: '元',
      factor: YI,
    });
    const newer = tracked('gdp', 'plan', '2021-03-01', {
      value: 2200,
      unit: '亿元',
      base_unit: '元',
      factor: YI,
    });
    const [change, ...rest] = detectGoalpostChanges([newer, older]);
    expect(rest).toEqual([]);
    expect(change?.current).toBe(newer);
    expect(change?.previous).toBe(older);
    expect(change?.direction).toBe('raised');
    expect(change?.versions).toEqual([older, newer]);
    expect(change?.explanation.zh).toBe(
      'gdp2025年目标由≥2000亿元（proposal）上调为≥2200亿元（plan），以后者为准。',
    );
  });

  it('reports a comparator change at the same value', () => {
    const a = tracked('exports', 'a', '2021-01-01', { comparator: '>=', value: 15 });
    const b = tracked('exports', 'b', '2022-01-01', { comparator: '~', value: 15 });
    expect(detectGoalpostChanges([a, b])[0]?.direction).toBe('comparator-changed');
  });

  it('ignores restatements with the same terms (1万亿元 = 10000亿元) and differences within one document', () => {
    const a = tracked('trade', 'a', '2021-01-01', {
      value: 1,
      unit: '万亿元',
      base_unit: '元',
      factor: 1e12,
    });
    const b = tracked('trade', 'b', '2022-01-01', {
      value: 10000,
      unit: '亿元',
      base_unit: '元',
      factor: YI,
    });
    expect(detectGoalpostChanges([a, b])).toEqual([]);
    const c = tracked('trade', 'c', '2022-01-01', { value: 2 });
    const d = tracked('trade', 'c', '2022-01-01', { value: 3 });
    expect(detectGoalpostChanges([c, d])).toEqual([]);
  });

  it('keeps different deadlines and measures apart', () => {
    const a = tracked('gdp', 'a', '2021-01-01', { value: 2000, year: 2025 });
    const b = tracked('gdp', 'b', '2026-01-01', { value: 3800, year: 2030 });
    const c = tracked('gdp', 'c', '2026-01-01', { value: 7, year: 2025, measure: 'increase' });
    expect(detectGoalpostChanges([a, b, c])).toEqual([]);
  });
});

describe('detectRetiredTargets', () => {
  it('reports an indicator a newer plan no longer mentions, with the plan that dropped it', () => {
    const old = [
      tracked('gdp', '14-part1', '2021-01-01'),
      tracked('express', '14-part2', '2021-01-01'),
      tracked('digital-share', '14-part1', '2021-01-01'),
    ];
    const next = [tracked('gdp', '15', '2026-01-01', {}, 'plan-proposal')];
    const retired = detectRetiredTargets([...old, ...next]);
    expect(retired.map((r) => r.indicator_code).sort()).toEqual(['digital-share', 'express']);
    expect(retired[0]?.dropped_in.id).toBe('15');
    expect(retired[0]?.kind_family).toBe('plan');
  });

  it('treats one plan printed in two parts as one edition', () => {
    const parts = [
      tracked('gdp', 'part1', '2021-01-01'),
      tracked('express', 'part2', '2021-01-01'),
    ];
    expect(detectRetiredTargets(parts)).toEqual([]);
  });

  it('compares only documents of the same kind family, and skips undated ones', () => {
    const plan = tracked('express', 'plan', '2021-01-01');
    const report = tracked('gdp', 'report', '2026-01-20', {}, 'work-report');
    const undated = tracked('gdp', 'undated', null);
    expect(detectRetiredTargets([plan, report, undated])).toEqual([]);
  });

  it('does not report an indicator that comes back', () => {
    const a = tracked('gdp', 'a', '2016-01-01');
    const b = tracked('x', 'b', '2021-01-01');
    const c = tracked('gdp', 'c', '2026-01-01');
    expect(detectRetiredTargets([a, b, c]).map((r) => r.indicator_code)).toEqual(['x']);
  });
});

describe('detectClaimConflicts', () => {
  const gdp = (value: number, extra: Partial<Parameters<typeof obs>[0]> = {}) =>
    obs({ indicator_code: 'gdp', year: 2025, value: value * YI, base_unit: '元', ...extra });

  it('reports two exact values for one figure, with every source', () => {
    const report = gdp(2693.3, {
      source: {
        type: 'document',
        document_id: 'report',
        item_id: '1',
        text: '2693.3亿元',
        start: 0,
        end: 1,
      },
    });
    const communique = gdp(2690.1, { source: { type: 'table', file: 'communique.csv', row: 3 } });
    const [conflict] = detectClaimConflicts([report, communique, gdp(2500, { comparator: '>' })]);
    expect(conflict?.values).toEqual([2693.3 * YI, 2690.1 * YI]);
    expect(conflict?.observations).toHaveLength(3);
  });

  it('reports a threshold that contradicts an exact value, not one that agrees', () => {
    expect(detectClaimConflicts([gdp(2693.3), gdp(3000, { comparator: '>' })])).toHaveLength(1);
    expect(detectClaimConflicts([gdp(2693.3), gdp(2500, { comparator: '>' })])).toEqual([]);
    expect(detectClaimConflicts([gdp(2693.3), gdp(2700, { comparator: '~' })])).toEqual([]);
    expect(detectClaimConflicts([gdp(2693.3), gdp(3000, { comparator: '~' })])).toHaveLength(1);
  });

  it('keeps periods, measures, jurisdictions and units apart, and honours a tolerance', () => {
    expect(
      detectClaimConflicts([
        gdp(2693.3),
        gdp(1261, { period: 'H1' }),
        gdp(7.9, { measure: 'increase', base_unit: '%' }),
        gdp(100, { jurisdiction: 'jh' }),
        gdp(400, { base_unit: '美元' }),
      ]),
    ).toEqual([]);
    expect(detectClaimConflicts([gdp(2693.3), gdp(2693.28)])).toHaveLength(1);
    expect(detectClaimConflicts([gdp(2693.3), gdp(2693.28)], { relativeTolerance: 1e-4 })).toEqual(
      [],
    );
  });
});
