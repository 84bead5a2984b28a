import { describe, expect, it } from 'vitest';
import { normalizeText, toOriginalSpan } from './normalize.js';

/** Column-wrapped text: a dozen lines of the same width, then the case under test. */
function columns(body: string): string {
  const filler = Array.from({ length: 12 }, () => '这是一行排版整齐的报纸正文内容，').join('\n');
  return `${filler}\n${body}`;
}

describe('normalizeText', () => {
  it('removes spaces around numbers and Markdown emphasis, keeping an offset map', () => {
    const original = '全市生产总值 **2693.3** 亿元，增长 **7.9%**';
    const norm = normalizeText(original);
    expect(norm.text).toBe('全市生产总值2693.3亿元，增长7.9%');
    const at = norm.text.indexOf('2693.3');
    const [start, end] = toOriginalSpan(norm, at, at + '2693.3亿元'.length);
    expect(original.slice(start, end)).toBe('2693.3** 亿元');
  });

  it('folds full-width digits, look-alike circles in years and traditional characters', () => {
    expect(normalizeText('２０２５年達到１２％').text).toBe('2025年达到12%');
    expect(normalizeText('二⚪三五年').text).toBe('二〇三五年');
    expect(normalizeText('國內生產總值增長５％').text).toBe('国内生产总值增长5%');
  });

  it('joins column breaks inside words and numbers but keeps paragraph breaks', () => {
    const norm = normalizeText(
      columns('全市生产总值达到2000亿元以上，形\n成300万人口的都市。\n\n二、打好都市牌'),
    );
    expect(norm.text).toContain('形成300万人口的都市。');
    expect(norm.text).toContain('\n二、打好都市牌');
  });

  it('ends a heading set over lines at its blank line, even when its last line is full', () => {
    // Yiwu's 十四五 proposal: a 20-character column; the heading's first line is narrower.
    const body = Array.from({ length: 12 }, () => '这是一行排版整齐的报纸正文内容共二十字，');
    const norm = normalizeText(
      [
        ...body,
        '上一段到此结束。',
        '十五、打好安全信息指挥中心为',
        '依托的安全牌，加强国家安全体系和',
        '能力建设，打造更高水平的平安义乌',
        '',
        '坚持总体国家安全观，牢固树立安全发',
        '展理念。',
      ].join('\n'),
    );
    expect(norm.text).toContain(
      '十五、打好安全信息指挥中心为\n依托的安全牌，加强国家安全体系和能力建设，打造更高水平的平安义乌\n坚持总体国家安全观',
    );
  });

  it('keeps a space between two Latin words and drops it next to ideographs', () => {
    expect(normalizeText('R&D 经费, made in China 平台').text).toBe('R&D经费,made in China平台');
  });

  it('removes digit-group commas', () => {
    expect(normalizeText('1,349,084亿元').text).toBe('1349084亿元');
  });

  it('maps every character back inside the original', () => {
    const original = '  ＃ 标题\r\n\r\n正文 １ 句。';
    const norm = normalizeText(original);
    for (const index of norm.map) expect(index).toBeLessThan(original.length);
    expect(norm.map.length).toBe(norm.text.length);
  });
});
