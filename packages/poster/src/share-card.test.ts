import { describe, expect, it } from 'vitest';
import { cardSentence } from './share-card.js';

describe('cardSentence', () => {
  it('drops Markdown emphasis and a print line break between Chinese characters', () => {
    expect(cardSentence('快递业务量稳居全国各大城市**第2位**')).toBe(
      '快递业务量稳居全国各大城市第2位',
    );
    expect(cardSentence('快递量跃居全\n国第一')).toBe('快递量跃居全国第一');
    expect(cardSentence('增长 7.9% 以上')).toBe('增长 7.9% 以上');
  });
});
