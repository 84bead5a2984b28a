import { describe, expect, it } from 'vitest';
import { dueQuarter } from './battle-map.js';

describe('dueQuarter', () => {
  it('puts a target in the quarter its period ends', () => {
    expect(dueQuarter(null)).toBe(4);
    expect(dueQuarter('H1')).toBe(2);
    expect(dueQuarter('Q1-Q3')).toBe(3);
    expect(dueQuarter('Q1')).toBe(1);
    expect(dueQuarter('2021-2025')).toBe(4);
  });
});
