import { isLantuError } from '@lantu/core';
import { describe, expect, it } from 'vitest';
import { posterModel } from '../src/index.js';
import { sampleInput } from './support/sample-input.js';

describe('posterModel', () => {
  it('fills every section from the input', () => {
    const model = posterModel(sampleInput());
    expect(model.title).toBe('一图读懂2026某市政府工作报告');
    expect(model.document.kind).toEqual({ zh: '政府工作报告', en: 'Government work report' });
    expect(model.headline.map((h) => h.label)).toEqual(['全市生产总值', '出口', '市场主体数']);
    expect(model.targets.map((t) => [t.label.zh, t.style.word.zh])).toEqual([
      ['进口增长', '未完成'],
      ['全市生产总值增长', '按序时推进'],
      ['出口增长', '已完成'],
      ['地区生产总值', '暂无数据'],
    ]);
    expect(model.milestones.map((m) => m.label.zh)).toEqual(['建成市民中心']);
    expect(model.totals.map((t) => t.count)).toEqual([1, 1, 1, 1, 1]);
    expect(model.frameworks.map((f) => f.name)).toEqual(['十大行动']);
    expect(model.frameworkNames).toEqual(['八八战略']);
  });

  it('writes the footer from the input, with issuer and title as the default source', () => {
    expect(posterModel(sampleInput()).footer).toEqual({
      source: '某市人民政府《一图读懂2026某市政府工作报告》',
      documentDate: '2026-01-20',
      asOf: '2026-06-30',
      generatedOn: '2026-07-01',
    });
    expect(posterModel(sampleInput({ source: ' 义乌商报 ' })).footer.source).toBe('义乌商报');
  });

  it('dates the poster today when no generation date is given', () => {
    const { generatedOn: _, ...input } = sampleInput();
    expect(posterModel(input).footer.generatedOn).toBe(new Date().toISOString().slice(0, 10));
  });

  it('is deterministic', () => {
    expect(posterModel(sampleInput())).toEqual(posterModel(sampleInput()));
  });

  it('rejects an empty title and a malformed generation date', () => {
    const noTitle = sampleInput({ document: { ...sampleInput().document, title: '  ' } });
    expect(() => posterModel(noTitle)).toThrow(/title/u);
    try {
      posterModel(sampleInput({ generatedOn: '1 July 2026' }));
      expect.unreachable();
    } catch (error) {
      expect(isLantuError(error) && error.code).toBe('INPUT_INVALID');
    }
  });
});
