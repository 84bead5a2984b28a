import { describe, expect, it } from 'vitest';
import { readableSentence } from './readable-sentence.js';

describe('readableSentence', () => {
  it('joins newspaper lines and drops spaces typeset around numbers', () => {
    expect(readableSentence('全市生\n产总值达到 2000 亿元以上')).toBe(
      '全市生产总值达到2000亿元以上',
    );
    expect(readableSentence('增长 7.9% ，')).toBe('增长7.9%，');
  });

  it('keeps spaces between Latin words, also across a line break', () => {
    expect(readableSentence('R&D\nspending 达到 3%')).toBe('R&D spending 达到3%');
  });
});
