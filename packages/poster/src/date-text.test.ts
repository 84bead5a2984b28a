import { describe, expect, it } from 'vitest';
import { dayText, documentDateText } from './date-text.js';

describe('poster dates', () => {
  it('writes one style per language', () => {
    expect(dayText('2026-12-04', 'zh')).toBe('2026年12月4日');
    expect(dayText('2026-12-04', 'en')).toBe('4 Dec 2026');
  });
  it('shows a 1 January placeholder as its year only', () => {
    expect(documentDateText('2021-01-01', 'zh')).toBe('2021年');
    expect(documentDateText('2021-01-01', 'en')).toBe('2021');
    expect(documentDateText('2026-01-20', 'en')).toBe('20 Jan 2026');
    expect(documentDateText(null, 'en')).toBe('');
  });
});
