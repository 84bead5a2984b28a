import { describe, expect, it } from 'vitest';
import { parseExtractOptions } from './extract-options.js';

describe('parseExtractOptions', () => {
  it('turns flag strings into typed options', () => {
    const options = parseExtractOptions(['a.txt'], {
      out: 'out',
      horizon: '2030',
      kind: 'work-report',
      date: '2026-01-20',
      jurisdiction: '义乌市',
    });
    expect(options).toEqual({
      inputs: ['a.txt'],
      out: 'out',
      manifest: undefined,
      json: false,
      meta: {
        title: undefined,
        jurisdiction: '义乌市',
        issuer: undefined,
        kind: 'work-report',
        date: '2026-01-20',
        horizon: 2030,
      },
    });
  });

  it('names the flag in INPUT_INVALID errors', () => {
    expect(() => parseExtractOptions(['a.txt'], { horizon: 'soon' })).toThrow(
      expect.objectContaining({ code: 'INPUT_INVALID' }),
    );
    expect(() => parseExtractOptions(['a.txt'], { horizon: 'soon' })).toThrow(
      '--horizon: expected a whole year such as 2025',
    );
    expect(() => parseExtractOptions(['a.txt'], { horizon: '25' })).toThrow(
      /--horizon: expected a year/u,
    );
    expect(() => parseExtractOptions(['a.txt'], { date: '20.1.2026' })).toThrow(/--date/u);
    expect(() => parseExtractOptions(['a.txt'], { kind: 'report' })).toThrow(/--kind/u);
  });
});
