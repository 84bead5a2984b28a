import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  displayMarks,
  isHardWrapped,
  markdownMarks,
  softBreaks,
  wholeHeading,
} from '../src/reader/display-marks.js';

const corpus = (file: string) =>
  readFileSync(new URL(`../../../fixtures/yiwu/corpus/${file}`, import.meta.url), 'utf8');

describe('display marks', () => {
  it('hide Markdown emphasis and show its text bold, offsets unchanged', () => {
    const text = '全市生产总值 **2693.3** 亿元';
    const marks = markdownMarks(text);
    expect(
      marks.filter((m) => m.style === 'hidden').map((m) => text.slice(m.start, m.end)),
    ).toEqual(['**', '**']);
    expect(marks.find((m) => m.style === 'bold')).toMatchObject({
      start: text.indexOf('2693.3'),
      end: text.indexOf('2693.3') + 6,
    });
  });

  it('reflow a newspaper print but leave a Markdown text alone', () => {
    const print = corpus('004_37df5ff19aac7a16.txt');
    expect(isHardWrapped(print)).toBe(true);
    expect(isHardWrapped(corpus('003_3c33441e9281c1c6.txt'))).toBe(false);
    const breaks = softBreaks(print);
    expect(breaks.length).toBeGreaterThan(100);
    for (const mark of breaks) expect(print.slice(mark.start, mark.end)).toBe('\n');
    // Paragraph breaks (blank lines) stay.
    expect(breaks.some((m) => print.charAt(m.start + 1) === '\n')).toBe(false);
    expect(displayMarks(print).length).toBeGreaterThanOrEqual(breaks.length);
  });

  it('show a heading cut by a line break whole', () => {
    const text = `${'正文第一行很长很长很长很长很长\n'.repeat(12)}二、打好数字自贸区为核心的改\n革牌，创新贸易规则\n`;
    const start = text.indexOf('打好');
    const entry = { title: '打好数字自贸区为核心的改', end: start + 12 };
    expect(wholeHeading(text, entry, softBreaks(text))).toBe('打好数字自贸区为核心的改革牌');
  });
});

describe('a stray emphasis mark', () => {
  it('is hidden, and the lead-in it closes is bold', () => {
    const text = '- 全力打造全球市场典范：**以全球数贸中心为着力点。\n实施市场繁荣行动。**\n';
    const marks = markdownMarks(text);
    const hidden = marks.filter((m) => m.style === 'hidden').map((m) => text.slice(m.start, m.end));
    expect(hidden).toEqual(['**', '**']);
    const bold = marks.filter((m) => m.style === 'bold').map((m) => text.slice(m.start, m.end));
    expect(bold).toEqual(['全力打造全球市场典范：']);
  });
});
