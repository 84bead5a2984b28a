import { describe, expect, it } from 'vitest';
import { resolveAsOf } from './as-of.js';

describe('resolveAsOf', () => {
  it('defaults to the UTC date of the clock and keeps a valid ISO date', () => {
    expect(resolveAsOf(undefined, () => new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-22');
    expect(resolveAsOf('2024-02-29', () => new Date())).toBe('2024-02-29');
  });

  it('refuses impossible and malformed dates', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '2026/03/01', 'tomorrow', '']) {
      expect(() => resolveAsOf(bad, () => new Date())).toThrow(/not an ISO date/u);
    }
  });
});
