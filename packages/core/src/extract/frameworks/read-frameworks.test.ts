import { describe, expect, it } from 'vitest';
import { frameworkCountMismatch } from '../../model/framework.js';
import { normalizeText } from '../text/normalize.js';
import { readFrameworks } from './read-frameworks.js';

const read = (text: string) => readFrameworks(normalizeText(text), text);
const summary = (text: string) =>
  read(text).map((f) => [
    f.name,
    f.parts.map((p) => `${p.count}${p.label}:${p.items.join('/')}`).join('+'),
  ]);

describe('readFrameworks', () => {
  it('takes the list written right before the count', () => {
    expect(summary('打造沪浙闽、义甬舟、温义合三大交通走廊交汇枢纽。')).toEqual([
      ['三大交通走廊', '3交通走廊:沪浙闽/义甬舟/温义合'],
    ]);
    expect(summary('竞逐“数字化、双循环、共同富裕”三大新赛道。')).toEqual([
      ['三大新赛道', '3新赛道:数字化/双循环/共同富裕'],
    ]);
  });

  it('takes phrases ending in the counted noun after the name', () => {
    const text =
      '重点实施“三大行动”。\n- 实施市场繁荣行动。\n- 实施改革攻坚行动。\n- 实施开放提升行动。';
    expect(summary(text)).toEqual([['三大行动', '3行动:市场繁荣行动/改革攻坚行动/开放提升行动']]);
  });

  it('takes an enumeration 一是…二是…', () => {
    const [framework] = read('第六代市场有两大特色：一是支持生产企业展示；二是支持经营户销售。');
    expect(framework?.parts[0]?.items).toEqual(['支持生产企业展示', '支持经营户销售']);
  });

  it('splits digit names and multi-count names into parts, items empty where not listed', () => {
    expect(summary('深入实施“138”发展战略，做到“三优化一提升”。')).toEqual([
      ['138', '1:+3:+8:'],
      ['三优化一提升', '3优化:+1提升:'],
    ]);
  });

  it('keeps both the count and a list that disagrees with it', () => {
    const [framework] = read('机关、国企、民企“四大清廉单元”');
    expect(framework?.parts[0]?.items).toHaveLength(3);
    expect(framework && frameworkCountMismatch(framework)).toBe(true);
  });

  it('maps offsets back to the original text', () => {
    const text = '统筹推进 “五位一体” 总体布局';
    const [framework] = read(text);
    expect(framework && text.slice(framework.start, framework.end)).toBe(framework?.text);
    expect(framework?.text).toContain('五位一体');
  });
});

describe('political formulations and quoted names', () => {
  it('never lists sibling formulations as members (两个维护, 四个自信)', () => {
    const text = '增强“四个意识”、坚定“四个自信”、做到“两个维护”，坚决落实党中央决策部署。';
    const got = summary(text);
    expect(got).toEqual([
      ['四个意识', '4意识:'],
      ['四个自信', '4自信:'],
      ['两个维护', '2维护:'],
    ]);
    expect(read(text).some((f) => frameworkCountMismatch(f))).toBe(false);
  });

  it('does not list members cut open by a quote', () => {
    const got = summary('牢记“国之大者”、践行“三个代表”重要思想。');
    expect(got.find(([name]) => name === '三个代表')?.[1]).toBe('3代表:');
  });

  it('reads the numerals of 千万工程 as parts, never as ten million', () => {
    const [framework] = read('深入践行“千万工程”经验，推进乡村全面振兴。');
    expect(framework?.parts.map((p) => p.count)).toEqual([1000, 10000]);
  });
});

describe('counted names of work reports and their news', () => {
  it('reads 件/重 counts and the heads 大事, 压力, 经济区, 类别, 要求, 约束性指标', () => {
    // A city's and a region's work reports; commentary on the national report; plan news.
    const names = (text: string) => read(text).map((f) => f.name);
    expect(names('统筹办好“两件大事”，全力以赴拼经济。')).toEqual(['两件大事']);
    expect(names('面对需求收缩、供给冲击、预期转弱三重压力，经济稳定增长。')).toEqual(['三重压力']);
    expect(names('班列通达欧亚美三大经济区。')).toEqual(['三大经济区']);
    expect(names('主要指标分为五大类别指标，其中新增两项约束性指标。')).toEqual([
      '五大类别',
      '两项约束性指标',
    ]);
  });

  it('still reads no amount as a name', () => {
    expect(read('新增规上工业企业3件以上，完成12件重点提案。')).toEqual([]);
  });
});
