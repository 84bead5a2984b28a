import { describe, expect, it } from 'vitest';
import { greedyMatch } from '../../src/score/greedy-match.js';

describe('greedyMatch', () => {
  it('takes the best candidates first, one partner each', () => {
    const pairs = greedyMatch([
      { gold: 0, predicted: 0, score: [1] },
      { gold: 0, predicted: 1, score: [3] },
      { gold: 1, predicted: 1, score: [2] },
      { gold: 1, predicted: 0, score: [1] },
    ]);
    expect(pairs).toEqual([
      { gold: 0, predicted: 1 },
      { gold: 1, predicted: 0 },
    ]);
  });

  it('re-pairs when greedy took the only partner of another entry', () => {
    // Greedy pairs gold 0 with predicted 1 (best score), leaving gold 1 with nothing;
    // gold 0 can make do with predicted 0, so both get a partner.
    const pairs = greedyMatch([
      { gold: 0, predicted: 1, score: [2] },
      { gold: 0, predicted: 0, score: [1] },
      { gold: 1, predicted: 1, score: [1] },
    ]);
    expect(pairs).toEqual([
      { gold: 0, predicted: 0 },
      { gold: 1, predicted: 1 },
    ]);
  });

  it('follows longer chains of re-pairings', () => {
    const pairs = greedyMatch([
      { gold: 0, predicted: 0, score: [9] },
      { gold: 1, predicted: 1, score: [9] },
      { gold: 0, predicted: 1, score: [1] },
      { gold: 1, predicted: 2, score: [1] },
      { gold: 2, predicted: 0, score: [1] },
    ]);
    expect(pairs).toHaveLength(3);
  });

  it('does not depend on the order of the candidates', () => {
    const cands = [
      { gold: 0, predicted: 0, score: [1, 0.5] },
      { gold: 0, predicted: 1, score: [1, 0.5] },
      { gold: 1, predicted: 0, score: [1, 0.5] },
    ];
    expect(greedyMatch([...cands].reverse())).toEqual(greedyMatch(cands));
  });
});
