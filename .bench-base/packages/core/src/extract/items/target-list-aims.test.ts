import { describe, expect, it } from 'vitest';
import { readDocument } from '../read-document.js';

const milestones = (text: string, meta: Parameters<typeof readDocument>[0]['meta']) =>
  readDocument({ text, meta })
    .items.filter((i) => i.kind === 'milestone')
    .map((i) => `${i.year}:${i.metric}`);

describe('aims listed among a year’s targets', () => {
  it('reads the numberless clauses of a work report’s 主要预期目标 list as milestones of that year', () => {
    const text =
      '报告指出，今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人左右；居民收入增长与经济增长基本同步；进出口促稳提质，国际收支基本平衡。';
    expect(milestones(text, { kind: 'article', date: '2023-03-14' })).toEqual([
      '2023:居民收入增长与经济增长基本同步',
      '2023:进出口促稳提质',
      '2023:国际收支基本平衡',
    ]);
  });

  it('gives none where the time is not written (a plan’s task paragraph)', () => {
    const text = '加强重大文化设施建设，建成义乌大剧院，文化设施面积达到50万平方米。';
    expect(milestones(text, { kind: 'plan-proposal', horizon: 2025 })).toEqual([]);
  });

  it('leaves task and slogan clauses of a target sentence alone', () => {
    const text =
      '到2025年，创新驱动取得全新成就，研发支出占比达到3.4%左右，加快实施重大工程，建成国际消费中心。';
    expect(milestones(text, { kind: 'article', date: '2021-05-19' })).toEqual([
      '2025:建成国际消费中心',
    ]);
  });
});
