import { describe, expect, it } from 'vitest';
import { toCsv } from './to-csv.js';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, leaves nulls empty, starts with a BOM', () => {
    const bytes = toCsv(
      ['a', 'b', 'c'],
      [
        ['x,y', 'say "hi"', null],
        [1.5, '多行\n文本', ''],
      ],
    );
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toBe('\uFEFFa,b,c\r\n"x,y","say ""hi""",\r\n1.5,"多行\n文本",\r\n');
  });
});

describe('toCsv against formula injection', () => {
  it('neutralises text cells that start a formula and keeps negative numbers numbers', () => {
    const bytes = toCsv(['a', 'b', 'c'], [['=HYPERLINK("http://x")', -5, '@SUM(A1)']]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toBe('\uFEFFa,b,c\r\n"\'=HYPERLINK(""http://x"")",-5,\'@SUM(A1)\r\n');
  });
});
