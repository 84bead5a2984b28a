import { describe, expect, it } from 'vitest';
import { chooseFrameworks, FRAMEWORK_LIMIT } from '../src/frameworks.js';
import { framework } from './support/sample-input.js';

describe('chooseFrameworks', () => {
  it('makes cards of frameworks that list items and names the others, in document order', () => {
    const chosen = chooseFrameworks([
      framework('十大行动', 300, [
        { count: 10, label: '行动', items: ['市场繁荣行动', '改革攻坚行动'] },
      ]),
      framework('八八战略', 100, [{ count: 8, label: '', items: [] }]),
      framework('三优化一提升', 200, [
        { count: 3, label: '优化', items: ['甲', '乙', '丙'] },
        { count: 1, label: '提升', items: ['丁'] },
      ]),
    ]);
    expect(chosen.frameworks).toEqual([
      { name: '三优化一提升', count: 4, label: '优化 / 提升', items: ['甲', '乙', '丙', '丁'] },
      { name: '十大行动', count: 10, label: '行动', items: ['市场繁荣行动', '改革攻坚行动'] },
    ]);
    expect(chosen.frameworkNames).toEqual(['八八战略']);
  });

  it('keeps the first of each name and names listed frameworks beyond the card limit', () => {
    const listed = Array.from({ length: FRAMEWORK_LIMIT + 1 }, (_, i) =>
      framework(`框架${i}`, i * 10, [{ count: 1, label: '', items: [`项${i}`] }]),
    );
    const chosen = chooseFrameworks([
      ...listed,
      framework('框架0', 999, [{ count: 2, label: '', items: [] }]),
    ]);
    expect(chosen.frameworks.map((f) => f.name)).toEqual(['框架0', '框架1', '框架2', '框架3']);
    expect(chosen.frameworkNames).toEqual([`框架${FRAMEWORK_LIMIT}`]);
  });
});
