import { describe, expect, it } from 'vitest';
import { segmentText } from '../src/reader/highlight-segments.js';
import { formFromItem, patchFromForm } from '../src/reader/item-patch.js';
import { sentenceContext } from '../src/reader/sentence-context.js';
import { item } from './fixtures/rows.js';

describe('segmentText', () => {
  it('splits overlapping items into runs, innermost first', () => {
    // 全市生产总值2693.3亿元 [0,15) inside 全市生产总值2693.3亿元，增长7.9% [0,22)
    const segments = segmentText(30, [
      { id: 'long', start: 0, end: 22 },
      { id: 'short', start: 0, end: 15 },
    ]);
    expect(segments).toEqual([
      { start: 0, end: 15, ids: ['short', 'long'] },
      { start: 15, end: 22, ids: ['long'] },
      { start: 22, end: 30, ids: [] },
    ]);
  });
  it('covers the whole text exactly once, with cuts and clamped spans', () => {
    const segments = segmentText(
      50,
      [
        { id: 'a', start: 5, end: 10 },
        { id: 'b', start: 40, end: 80 },
        { id: 'empty', start: 20, end: 20 },
      ],
      [7, 30],
    );
    expect(segments.map((s) => [s.start, s.end])).toEqual([
      [0, 5],
      [5, 7],
      [7, 10],
      [10, 30],
      [30, 40],
      [40, 50],
    ]);
    expect(segments.find((s) => s.start === 7)?.ids).toEqual(['a']);
    expect(segments.find((s) => s.start === 40)?.ids).toEqual(['b']);
    expect(segments.flatMap((s) => s.ids)).not.toContain('empty');
  });
  it('handles a text with no items', () => {
    expect(segmentText(3, [])).toEqual([{ start: 0, end: 3, ids: [] }]);
    expect(segmentText(0, [])).toEqual([]);
  });
});

describe('sentenceContext', () => {
  const text = '上一句。全市生产总值达到2000亿元以上，数字经济占比65%；下一句。';
  it('returns the sentence around the clause', () => {
    const start = text.indexOf('全市');
    const end = text.indexOf('以上') + 2;
    expect(sentenceContext(text, start, end)).toEqual({
      before: '',
      match: '全市生产总值达到2000亿元以上',
      after: '，数字经济占比65%；',
    });
  });
  it('reads through print line breaks but stops at a list marker', () => {
    const print = '一、总体要求\n全市生\n产总值达到2000亿元以上，\n数字经济\n- 下一条';
    const start = print.indexOf('产总值');
    const context = sentenceContext(print, start, start + 3);
    expect(context.before).toBe('全市生');
    expect(context.after).toBe('达到2000亿元以上，数字经济');
  });
  it('reads on past a wrapped list item but not past a heading', () => {
    const print = '14. 建成 200 个海外仓。通过自建、合\n作等方式布局海外仓。';
    const start = print.indexOf('通过');
    expect(sentenceContext(print, start, start + 2).after).toBe('自建、合作等方式布局海外仓。');
  });
  it('marks cut context with an ellipsis', () => {
    const long = 'x'.repeat(300) + 'TARGET' + 'y'.repeat(300);
    const context = sentenceContext(long, 300, 306, 50);
    expect(context.before).toBe('…' + 'x'.repeat(50));
    expect(context.after).toBe('y'.repeat(50) + '…');
  });
});

describe('patchFromForm', () => {
  const original = item();
  it('sends only what changed, with the base value recomputed', () => {
    const result = patchFromForm(original, { ...formFromItem(original), value: '2100' });
    expect(result).toEqual({
      ok: true,
      patch: { value: 2100, base_value: 210_000_000_000, base_unit: '元' },
    });
  });
  it('sends nothing when nothing changed', () => {
    expect(patchFromForm(original, formFromItem(original))).toEqual({ ok: true, patch: {} });
  });
  it('changes unit, year, comparator and metric', () => {
    const result = patchFromForm(original, {
      ...formFromItem(original),
      unit: '万元',
      year: '2026',
      comparator: '>',
      metric: ' 地区生产总值 ',
    });
    expect(result).toEqual({
      ok: true,
      patch: {
        unit: '万元',
        year: 2026,
        comparator: '>',
        metric: '地区生产总值',
        base_value: 20_000_000,
        base_unit: '元',
      },
    });
  });
  it('keeps value_max only for ranges', () => {
    const ranged = patchFromForm(original, {
      ...formFromItem(original),
      comparator: 'range',
      value_max: '2500',
    });
    expect(ranged.ok && ranged.patch.value_max).toBe(2500);
  });
  it('rejects bad numbers, years and an empty metric', () => {
    expect(patchFromForm(original, { ...formFromItem(original), value: '两千' })).toMatchObject({
      ok: false,
      field: 'value',
    });
    expect(patchFromForm(original, { ...formFromItem(original), year: '25' })).toMatchObject({
      ok: false,
      field: 'year',
    });
    expect(patchFromForm(original, { ...formFromItem(original), year: '2025.5' })).toMatchObject({
      ok: false,
      field: 'year',
    });
    expect(patchFromForm(original, { ...formFromItem(original), metric: '  ' })).toMatchObject({
      ok: false,
      field: 'metric',
    });
  });
  it('clears a value when the field is emptied', () => {
    const result = patchFromForm(original, { ...formFromItem(original), value: '' });
    expect(result).toEqual({ ok: true, patch: { value: null, base_value: null, base_unit: '元' } });
  });
});
