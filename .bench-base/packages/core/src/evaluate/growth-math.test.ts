import { describe, expect, it } from 'vitest';
import {
  cagrPercent,
  cagrRatio,
  compoundAverage,
  linearRatio,
  requiredOnly,
} from './growth-math.js';

describe('cagrRatio (Eurostat/StatCan)', () => {
  it('divides the actual by the required compound growth', () => {
    // 1485 → 1800 over 3 years against 1485 → 2000 over 5.
    const r = cagrRatio(
      { y0: 1485, t0: 2020, yt: 1800, t: 2023, target: 2000, T: 2025, d: 1 },
      0.001,
    );
    const actual = (Math.pow(1800 / 1485, 1 / 3) - 1) * 100;
    const required = (Math.pow(2000 / 1485, 1 / 5) - 1) * 100;
    expect(r?.actual).toBeCloseTo(actual, 10);
    expect(r?.required).toBeCloseTo(required, 10);
    expect(r?.ratio).toBeCloseTo(actual / required, 10);
  });

  it('is negative when moving away from a lower-is-better target', () => {
    const r = cagrRatio(
      { y0: 0.5, t0: 2020, yt: 0.55, t: 2022, target: 0.4, T: 2025, d: -1 },
      0.001,
    );
    expect(r?.ratio).toBeLessThan(0);
    const good = cagrRatio(
      { y0: 0.5, t0: 2020, yt: 0.45, t: 2022, target: 0.4, T: 2025, d: -1 },
      0.001,
    );
    expect(good?.ratio).toBeGreaterThan(0.95);
  });

  it('replaces zeros and refuses values of mixed sign or unordered years', () => {
    expect(
      cagrRatio({ y0: 0, t0: 2020, yt: 1, t: 2021, target: 2, T: 2025, d: 1 }, 0.001),
    ).not.toBeNull();
    expect(
      cagrRatio({ y0: -1, t0: 2020, yt: 1, t: 2021, target: 2, T: 2025, d: 1 }, 0.001),
    ).toBeNull();
    expect(
      cagrRatio({ y0: 1, t0: 2020, yt: 1, t: 2020, target: 2, T: 2025, d: 1 }, 0.001),
    ).toBeNull();
  });

  it('uses s = −1 for a negative base', () => {
    // −10 → −5 is an improvement when an increase is wanted.
    const r = cagrRatio({ y0: -10, t0: 2020, yt: -5, t: 2021, target: -1, T: 2025, d: 1 }, 0.001);
    // CAGRₐ = −50% (the magnitude halves), but s = −1 turns it into progress.
    expect(r?.ratio).toBeGreaterThan(0.95);
    const worse = cagrRatio(
      { y0: -10, t0: 2020, yt: -20, t: 2021, target: -1, T: 2025, d: 1 },
      0.001,
    );
    expect(worse?.ratio).toBeLessThan(0);
  });

  it('has no ratio when the target equals the base', () => {
    expect(
      cagrRatio({ y0: 5, t0: 2020, yt: 6, t: 2021, target: 5, T: 2025, d: 1 }, 0.001)?.ratio,
    ).toBeNull();
  });
});

describe('linearRatio, requiredOnly, compoundAverage', () => {
  it('works in points a year for shares', () => {
    const r = linearRatio({ y0: 50, t0: 2020, yt: 56, t: 2023, target: 65, T: 2025, d: 1 });
    expect(r?.actual).toBeCloseTo(2, 10);
    expect(r?.required).toBeCloseTo(3, 10);
    expect(r?.ratio).toBeCloseTo(2 / 3, 10);
  });

  it('gives the required rate alone', () => {
    expect(requiredOnly(2693.3, 2025, 3800, 2030, false, 0.001)).toBeCloseTo(
      cagrPercent(2693.3, 3800, 5),
      10,
    );
    expect(requiredOnly(50, 2025, 60, 2030, true, 0.001)).toBe(2);
    expect(requiredOnly(50, 2030, 60, 2030, true, 0.001)).toBeNull();
  });

  it('compounds annual rates', () => {
    expect(compoundAverage([10, 20])).toBeCloseTo((Math.sqrt(1.1 * 1.2) - 1) * 100, 10);
    expect(compoundAverage([])).toBeNull();
  });
});
