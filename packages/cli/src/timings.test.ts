import { describe, expect, it } from 'vitest';
import { capturingWriter } from '../test/memory-io.js';
import { createTimings, timingsWanted } from './timings.js';

describe('createTimings', () => {
  it('adds up repeated phases and prints them with the total', () => {
    const stderr = capturingWriter();
    const timings = createTimings(stderr, true);
    timings.lap('start');
    timings.lap('grammar');
    timings.lap('grammar');
    timings.print();
    expect(stderr.text()).toMatch(/^lantu: timings \(ms\): start \d+, grammar \d+, total \d+\n$/u);
  });

  it('prints nothing unless LANTU_TIMINGS=1', () => {
    const stderr = capturingWriter();
    const timings = createTimings(stderr, false);
    timings.lap('start');
    timings.print();
    expect(stderr.text()).toBe('');
    expect(timingsWanted({ LANTU_TIMINGS: '1' })).toBe(true);
    expect(timingsWanted({})).toBe(false);
  });
});
