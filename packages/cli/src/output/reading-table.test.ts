import type { Reading } from '@lantu/core';
import { describe, expect, it } from 'vitest';
import { renderReadingTable } from './reading-table.js';
import { sampleItem } from '../../test/sample-item.js';
import { displayWidth } from './text-width.js';

const LONG_TEXT =
  '到2025年，全市地区生产总值突破2000亿元，一般公共预算收入年均增长7%以上，' +
  '城乡居民人均可支配收入分别达到10万元和5万元，高新技术产业增加值占比显著提高';

const reading: Reading = {
  document: {
    title: '义乌市国民经济和社会发展第十四个五年规划',
    chars: 31361,
    horizon: 2025,
    kind: 'five-year-plan',
    date: '2021-03-01',
    jurisdiction: '义乌市',
  },
  outline: [
    { level: 1, label: '一、', title: '发展基础', start: 0, end: 4 },
    { level: 1, label: '二、', title: '总体要求', start: 10, end: 14 },
  ],
  items: [
    sampleItem({ text: LONG_TEXT }),
    sampleItem({
      kind: 'actual',
      metric: '进出口总额',
      measure: 'increase',
      comparator: '=',
      value: 7.7,
      unit: '%',
      period: 'H1',
      text: '进出口\n总额增长7.7%',
    }),
  ],
  frameworks: [
    {
      name: '“138”',
      text: '一个目标、三大路径、八大行动',
      parts: [
        { count: 1, label: '目标', items: [] },
        { count: 3, label: '路径', items: ['开放', '创新', '改革'] },
        { count: 8, label: '行动', items: ['数字经济', '智能制造'] },
      ],
      start: 0,
      end: 14,
    },
  ],
};

describe('renderReadingTable', () => {
  const text = renderReadingTable(reading, { fileName: 'plan.txt' });
  const lines = text.split('\n');

  it('starts with the file and a header line of title, kind, horizon and size', () => {
    expect(lines[0]).toBe('== plan.txt ==');
    const wide = renderReadingTable(reading, { fileName: 'plan.txt', width: 100 }).split('\n');
    expect(wide[1]).toBe(
      '义乌市国民经济和社会发展第十四个五年规划 · five-year-plan · horizon 2025 · 31361 chars',
    );
  });

  it('lists each item with kind, metric, value and year', () => {
    const row = lines.find((line) => line.startsWith('target'));
    expect(row).toBeDefined();
    expect(row).toMatch(/target +地区生产总值 +>=2000亿元 +2025 +到2025年/u);
    expect(text).toMatch(/actual +进出口总额 +up 7\.7% +2025 H1 +进出口 总额增长7\.7%/u);
  });

  it('truncates long item text and fits 80 columns', () => {
    expect(text).toContain('…');
    expect(text).not.toContain('高新技术产业增加值占比显著提高');
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
  });

  it('uses extra width on a wider terminal for more of the text', () => {
    const wide = renderReadingTable(reading, { fileName: 'plan.txt', width: 200 });
    expect(wide).toContain('高新技术产业增加值占比显著提高');
  });

  it('shows frameworks with counts and listed items, flagging a short list', () => {
    expect(text).toContain('Frameworks (1)');
    expect(text).toContain('3 路径: 开放、创新、改革');
    expect(text).toContain('8 行动: 数字经济、智能制造');
    expect(text).toContain('(count mismatch)');
  });

  it('ends with the outline size', () => {
    expect(text.trimEnd().split('\n').at(-1)).toBe('Outline: 2 headings');
  });

  it('says so when a reading found nothing', () => {
    const empty = renderReadingTable(
      {
        ...reading,
        document: { ...reading.document, title: '', horizon: null },
        outline: [],
        items: [],
        frameworks: [],
      },
      { fileName: 'x.txt' },
    );
    expect(empty).toContain('(untitled) · five-year-plan · no horizon · 31361 chars');
    expect(empty).toContain('Items: none');
    expect(empty).toContain('Frameworks: none');
    expect(empty).toContain('Outline: 0 headings');
  });
});

describe('renderReadingTable header', () => {
  it('puts a long title on its own lines and keeps the facts whole', () => {
    const title =
      '中共义乌市委关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议（八至十七）';
    const lines = renderReadingTable(
      { ...reading, document: { ...reading.document, title } },
      { fileName: 'a.txt' },
    ).split('\n');
    expect(lines[1]).toBe(title.slice(0, 39));
    expect(lines[2]).toBe(title.slice(39));
    expect(lines[3]).toBe('five-year-plan · horizon 2025 · 31361 chars');
  });
});

describe('renderReadingTable item text', () => {
  it('drops Markdown bold markers for display only', () => {
    const text = renderReadingTable(
      { ...reading, items: [sampleItem({ text: '全市生产总值 **2693.3** 亿元' })] },
      { fileName: 'a.txt' },
    );
    expect(text).toContain('全市生产总值 2693.3 亿元');
    expect(text).not.toContain('**');
  });
});
