import { describe, expect, it } from 'vitest';
import { inOrderWithConcurrency } from './concurrency.js';

describe('inOrderWithConcurrency', () => {
  it('keeps input order, and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const out = await inOrderWithConcurrency([30, 5, 20, 1, 10], 2, async (ms) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running -= 1;
      return ms * 2;
    });
    expect(out).toEqual([60, 10, 40, 2, 20]);
    expect(most).toBe(2);
  });

  it('answers an empty list with an empty list', async () => {
    expect(await inOrderWithConcurrency([], 3, () => Promise.resolve(1))).toEqual([]);
  });
});
