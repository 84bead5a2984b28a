import { describe, expect, it } from 'vitest';
import { normalizeText } from '../text/normalize.js';
import { readOutline } from './read-outline.js';

const outline = (text: string) =>
  readOutline(normalizeText(text)).map((h) => `${h.level} ${h.label}${h.title}`);

describe('readOutline on work reports', () => {
  it('a —— paragraph that runs on over commas is body text, a short —— head is a heading', () => {
    const text = [
      '一、2024年工作回顾',
      '——经济发展再上新台阶。国内生产总值增长5%。',
      '——令人振奋的是，工业经济总量突破2000亿元。',
    ].join('\n');
    expect(outline(text)).toEqual(['1 一、2024年工作回顾', '2 ——经济发展再上新台阶']);
  });

  it('no heading from a speech dateline; 一、 （一） 一是 nest', () => {
    // The opening of the 2023 national government work report, as newspapers print it.
    const text = [
      '政府工作报告',
      '——2023年3月5日在第十四届全国人民代表大会第一次会议上',
      '国务院总理 李克强',
      '各位代表：',
      '　　一、过去一年和五年工作回顾',
      '　　（一）着力稳定宏观经济大盘。',
      '　　一是加大宏观政策实施力度。新增减税降费和退税缓税缓费超过4.2万亿元。',
      '　　二是着力稳就业稳物价。',
    ].join('\n');
    expect(outline(text)).toEqual([
      '1 一、过去一年和五年工作回顾',
      '2 （一）着力稳定宏观经济大盘',
      '3 一是加大宏观政策实施力度',
      '3 二是着力稳就业稳物价',
    ]);
  });

  it('a run-in head is titled by its first clause', () => {
    const text = '一、今年工作安排\n一是着力扩大有效需求，加快释放消费潜力。\n';
    expect(outline(text)[1]).toBe('2 一是着力扩大有效需求');
  });

  it('三是 after a line ending in ；is a list inside a paragraph (newspaper columns)', () => {
    // Yiwu's 十四五 proposal, printed in columns.
    const text = [
      '一、建设世界小商品之都',
      '推动市场转型，一是突出线上线下融合，打通市场；二是突出线上线下复合、“云网端”',
      '数字化联动，主动构建电子贸易平台体系；',
      '三是彰显义乌码头、世界货地、贸易天堂，',
    ].join('\n');
    expect(outline(text)).toEqual(['1 一、建设世界小商品之都']);
  });

  it('a 一、 title cut by a line break (a narrow newspaper column) is stored whole', () => {
    // Yiwu's 十四五 proposal: the field title is set over three lines, narrower than the body.
    const original = [
      '八、打好都市牌',
      '创新投融资机制，激发民间投资活力。',
      '九、打好高铁义乌站为关键的交',
      '通牌，构建三大交通走廊交汇中心，',
      '打造全国性综合交通枢纽',
      '',
      '立足沪浙闽、义甬舟、温义合三大综合立体交通走廊在义乌交汇的实际。',
    ].join('\n');
    const norm = normalizeText(original);
    const headings = readOutline(norm);
    expect(headings.map((h) => `${h.label}${h.title}`)).toEqual([
      '八、打好都市牌',
      '九、打好高铁义乌站为关键的交通牌，构建三大交通走廊交汇中心，打造全国性综合交通枢纽',
    ]);
    // The source span covers the whole heading; the grammar's offsets stay on its first line.
    const nine = headings[1];
    expect(original.slice(nine?.start, nine?.end)).toBe(
      '打好高铁义乌站为关键的交\n通牌，构建三大交通走廊交汇中心，\n打造全国性综合交通枢纽',
    );
    expect(norm.text.slice(nine?.lineStart, nine?.lineEnd)).toBe('九、打好高铁义乌站为关键的交');
  });

  it('a whole 一、 title keeps its line: short, ending in a mark, or followed by a sentence', () => {
    const text = [
      '一、坚持和加强党的全面领导',
      '党的领导是中国特色社会主义最本质的特征，全年完成目标。',
      '二、主要目标',
      '全市生产总值',
      '三、打好“党建+单元”巷战管理（试点）',
      '推进基层治理',
      '四、推动经济高质量发展取得新突破',
      '（一）稳住工业',
    ].join('\n');
    expect(outline(text)).toEqual([
      '1 一、坚持和加强党的全面领导',
      '1 二、主要目标',
      '1 三、打好“党建+单元”巷战管理（试点）',
      '1 四、推动经济高质量发展取得新突破',
      '2 （一）稳住工业',
    ]);
  });

  it('——记 bylines are not headings; —— list heads still are', () => {
    const text =
      '——记全国劳动模范张三\n一、发展目标\n——经济实力显著增强。地区生产总值突破2000亿元。\n';
    expect(outline(text)).toEqual(['1 一、发展目标', '2 ——经济实力显著增强']);
  });
});

describe('readOutline on news articles', () => {
  it('the title and the unnumbered subtitles are headings; bylines are not', () => {
    // The opening of a 2022 news article on the GDP race of Chinese cities (fixtures/corpus).
    const text = [
      '城市GDP竞争：谁春风得意？谁“蚌埠住了”？',
      '',
      '记者：李金磊',
      '',
      '翻开2021年中国城市的经济成绩单，有的城市春风得意马蹄疾，顺利闯关。',
      '',
      '京沪携手晋级4万亿之城',
      '',
      '春风得意马蹄疾的是上海和北京，这两座城市2021年GDP双双突破4万亿大关。',
    ].join('\n');
    expect(readOutline(normalizeText(text), { plainTitles: true }).map((h) => h.level)).toEqual([
      0, 1,
    ]);
    expect(outline(text)).toEqual([]);
  });
});
