import { describe, expect, it } from 'vitest';
import { itemsToLines, type PositionedText } from './pdf-lines.js';

const item = (str: string, y: number, hasEOL = false, height = 10): PositionedText => ({
  str,
  transform: [height, 0, 0, height, 50, y],
  height,
  hasEOL,
});

describe('itemsToLines', () => {
  it('joins items on one baseline and breaks at hasEOL', () => {
    const lines = itemsToLines([
      item('全市生产总值', 700),
      { ...item(' ', 700), height: 0 },
      item('2693.3', 700),
      item('亿元', 700, true),
      item('增长7.9%', 685),
    ]);
    expect(lines).toEqual(['全市生产总值 2693.3亿元', '增长7.9%']);
  });

  it('breaks where the baseline moves even without hasEOL, but not for a small shift', () => {
    const lines = itemsToLines([
      item('第一行', 700),
      item('²', 703, false, 6),
      item('第二行', 680),
    ]);
    expect(lines).toEqual(['第一行²', '第二行']);
  });

  it('drops empty lines that paragraph spacing produces', () => {
    const lines = itemsToLines([item('段一', 700, true), item('', 680, true), item('段二', 660)]);
    expect(lines).toEqual(['段一', '段二']);
  });

  it('maps Kangxi radicals from broken ToUnicode tables back to ideographs', () => {
    expect(itemsToLines([item('⽣产总值⼀季度', 700)])).toEqual(['生产总值一季度']);
  });
});
