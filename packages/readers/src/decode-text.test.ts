import { describe, expect, it } from 'vitest';
import { encodeGbk } from '../test/fixtures.js';
import { decodeText } from './decode-text.js';

const SENTENCE = '全市生产总值2693.3亿元，增长7.9%';

describe('decodeText', () => {
  it('prefers valid UTF-8, even over a declared legacy charset', () => {
    expect(decodeText(new TextEncoder().encode(SENTENCE), 'a.html', 'gbk')).toEqual({
      text: SENTENCE,
      encoding: 'utf-8',
    });
  });

  it('uses the declared charset, then GB18030, for bytes that are not UTF-8', () => {
    const gbk = encodeGbk(SENTENCE);
    expect(decodeText(gbk, 'a.html', 'gb2312')).toEqual({ text: SENTENCE, encoding: 'gb2312' });
    expect(decodeText(gbk, 'a.txt')).toEqual({ text: SENTENCE, encoding: 'gb18030' });
  });

  it('skips a declared charset TextDecoder does not know', () => {
    expect(decodeText(encodeGbk(SENTENCE), 'a.html', 'x-made-up').encoding).toBe('gb18030');
  });

  it('strips a UTF-8 byte-order mark', () => {
    const bytes = Uint8Array.of(0xef, 0xbb, 0xbf, ...new TextEncoder().encode('义乌'));
    expect(decodeText(bytes, 'bom.txt').text).toBe('义乌');
  });
});
