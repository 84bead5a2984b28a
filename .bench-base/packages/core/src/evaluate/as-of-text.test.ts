import { describe, expect, it } from 'vitest';
import { asOfText, parseAsOf } from './calendar.js';
import { ordinalEn } from './format.js';
import { evaluateTarget } from './evaluate-target.js';
import { target } from './test-support.js';

describe('dates and ranks in explanations', () => {
  it('writes the evaluation date one way per language, never as an ISO code', () => {
    expect(asOfText(parseAsOf('2026-12-04'))).toEqual({ zh: '2026年12月4日', en: '4 Dec 2026' });
    expect(asOfText(parseAsOf('2026-01-20'))).toEqual({ zh: '2026年1月20日', en: '20 Jan 2026' });
  });
  it('writes ranks as English ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22].map(ordinalEn)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
    ]);
  });
  it('puts those dates into explanations instead of 2026-12-04', () => {
    const status = evaluateTarget({
      target: target({
        kind: 'milestone',
        metric: '建成站房',
        measure: null,
        comparator: null,
        value: null,
        year: 2024,
      }),
      observations: [],
      evidence: [],
      asOf: '2026-12-04',
    });
    expect(status.explanation.zh).toContain('截至2026年12月4日');
    expect(status.explanation.en).toContain('as of 4 Dec 2026');
    expect(`${status.explanation.zh}${status.explanation.en}`).not.toContain('2026-12-04');
  });
});
