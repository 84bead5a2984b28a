import { describe, expect, it } from 'vitest';
import { frameworkCountMismatch } from './framework.js';

describe('frameworkCountMismatch', () => {
  it('flags a listed part whose item count differs from its stated count', () => {
    const base = { name: 'x', text: 'x', start: 0, end: 1 };
    expect(
      frameworkCountMismatch({ ...base, parts: [{ count: 3, label: '', items: ['a', 'b'] }] }),
    ).toBe(true);
    expect(
      frameworkCountMismatch({ ...base, parts: [{ count: 2, label: '', items: ['a', 'b'] }] }),
    ).toBe(false);
    expect(frameworkCountMismatch({ ...base, parts: [{ count: 8, label: '', items: [] }] })).toBe(
      false,
    );
  });
});
