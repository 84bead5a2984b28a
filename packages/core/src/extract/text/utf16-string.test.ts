import { describe, expect, it } from 'vitest';
import { stringOfCodes } from './utf16-string.js';

const codesOf = (text: string): Uint16Array =>
  Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));

describe('stringOfCodes', () => {
  it('gives back the string of the code units, a leading BOM and astral characters kept', () => {
    for (const text of ['', '\uFEFF到2025年', '地区生产总值突破3800亿元𠀋', 'a'.repeat(20_000)]) {
      expect(stringOfCodes(codesOf(text))).toBe(text);
    }
  });

  it('keeps lone surrogates and U+FFFD exactly as they are (a decoder would replace them)', () => {
    for (const text of ['\uD800x', 'y\uDC00', '\uFFFD', '前\uDBFF\uFFFD后'.repeat(5000)]) {
      const back = stringOfCodes(codesOf(text));
      expect(back).toBe(text);
      expect(back).toHaveLength(text.length);
    }
  });
});
