import { describe, expect, it } from 'vitest';
import { dueQuarter, fieldNumber, NO_SECTION } from './battle-map.js';

describe('dueQuarter', () => {
  it('puts a target in the quarter its period ends', () => {
    expect(dueQuarter(null)).toBe(4);
    expect(dueQuarter('H1')).toBe(2);
    expect(dueQuarter('Q1-Q3')).toBe(3);
    expect(dueQuarter('Q1')).toBe(1);
    expect(dueQuarter('2021-2025')).toBe(4);
  });
});

describe('fieldNumber', () => {
  it('orders fields by their Chinese number, unnumbered ones and 其他 last', () => {
    const names = [
      NO_SECTION,
      '十一、建设幸福义乌',
      '主要目标',
      '二、构建现代产业体系',
      '九、打好交通牌',
      '第三章 创新驱动',
    ];
    const sorted = [...names].sort((a, b) => fieldNumber(a) - fieldNumber(b));
    expect(sorted).toEqual([
      '二、构建现代产业体系',
      '第三章 创新驱动',
      '九、打好交通牌',
      '十一、建设幸福义乌',
      '主要目标',
      NO_SECTION,
    ]);
    expect(fieldNumber('二、构建现代产业体系')).toBe(2);
    expect(fieldNumber('十一、建设幸福义乌')).toBe(11);
    expect(fieldNumber('第三章 创新驱动')).toBe(3);
    expect(fieldNumber('主要目标')).toBeLessThan(fieldNumber(NO_SECTION));
    expect(fieldNumber('九、打好交通牌')).toBeLessThan(fieldNumber('十一、建设幸福义乌'));
  });
});
