import { describe, expect, it } from 'vitest';
import { expectedVersion } from './expected-version.js';

describe('expectedVersion', () => {
  it('reads If-Match in its usual forms, or else the body version', () => {
    expect(expectedVersion('"3"', undefined)).toBe(3);
    expect(expectedVersion('W/"4"', undefined)).toBe(4);
    expect(expectedVersion('5', 5)).toBe(5);
    expect(expectedVersion(undefined, 2)).toBe(2);
    expect(expectedVersion(undefined, undefined)).toBeUndefined();
  });

  it('refuses a header that is not a version, and disagreeing header and body', () => {
    expect(() => expectedVersion('"abc"', undefined)).toThrow(/If-Match/);
    expect(() => expectedVersion('*', undefined)).toThrow(/If-Match/);
    expect(() => expectedVersion('"3"', 4)).toThrow(/disagree/);
  });
});
