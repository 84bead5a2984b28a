import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from './formula-guard.js';

describe('neutraliseFormula', () => {
  it('prefixes text that a spreadsheet would run as a formula', () => {
    for (const text of [
      '=HYPERLINK("http://evil.example","点击")',
      '+1+1',
      '-2+3',
      '@SUM(A1:A9)',
      '\t=1+1',
      '\r=1+1',
      '＝1+1',
    ]) {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    }
  });

  it('leaves numbers (negative ones too), null and ordinary text alone', () => {
    expect(neutraliseFormula(-5)).toBe(-5);
    expect(neutraliseFormula(-0.25)).toBe(-0.25);
    expect(neutraliseFormula(null)).toBeNull();
    expect(neutraliseFormula('地区生产总值增长6%左右')).toBe('地区生产总值增长6%左右');
    expect(neutraliseFormula('2025-12-31')).toBe('2025-12-31');
  });
});
