import {
  INCREASE_LEADERS,
  LEADING_TIME,
  LEADING_VERBS,
  MID_VERBS,
  REACH_LEADERS,
  verbBeforeNumber,
  type VerbMeaning,
} from './words.js';
import { subjectAndMeasure } from './metric-shape.js';

/**
 * Reads the words between a clause start and a number: who is measured
 * (the metric), and the verb that says how (达到, 增长, 突破 …).
 */
export interface PrefixAnalysis {
  /** Metric as written, or '' when the clause names none. */
  readonly metric: string;
  /** Offset of the metric within the analysed prefix. */
  readonly metricOffset: number;
  readonly verb: VerbMeaning | null;
  readonly verbWord: string;
  /** 新增/增加 opens the clause: the quantity is an increase. */
  readonly increaseLeader: boolean;
  /** 每年/年均/年举办: a recurring commitment. */
  readonly recurring: boolean;
  readonly yearlyAverage: boolean;
  /** The text ends with 从 (the start of 从A增长至B). */
  readonly from: boolean;
  /** Offset where meaningful words begin (after markers). */
  readonly contentOffset: number;
  /** 实现/达到 opened the clause: an amount after it reads like 达到 (>=). */
  readonly reachLeader: boolean;
  /** The prefix ends with 和/及/与: the number opens a new conjunct. */
  readonly conjunction: boolean;
  /** `三年 500 亿`: a year count from the plan's start. */
  readonly relativeYears: number | null;
}

const CONJUNCTION_LAST =
  /(?:、|(?<![总饱缓温平])和|(?<![惠涉波普遍顾危触兼推论企])及|(?<![参给赋])与)$/;

const MARKERS = /^[\s\-*●■◆▲—#>·]+/;

export function analyzePrefix(prefix: string): PrefixAnalysis {
  let offset = 0;
  let rest = prefix;
  const marker = MARKERS.exec(rest);
  if (marker) {
    offset += marker[0].length;
    rest = rest.slice(marker[0].length);
  }
  const contentOffset = offset;
  const recurring =
    /每年|年均|逐年/.test(rest) ||
    /^年(?:举办|开展|接待|培训|新增|引进|实施|举行|组织|培育|吸引)/.test(
      rest.replace(LEADING_VERBS, ''),
    );
  const yearlyAverage = /年均/.test(rest);
  let increaseLeader = false;
  let reachLeader = false;
  for (let changed = true; changed;) {
    changed = false;
    const time = LEADING_TIME.exec(rest);
    if (time && time[0].length > 0) {
      offset += time[0].length;
      rest = rest.slice(time[0].length);
      changed = true;
    }
    const lead = INCREASE_LEADERS.exec(rest);
    if (lead && lead[0].length > 0) {
      increaseLeader = true;
      offset += lead[0].length;
      rest = rest.slice(lead[0].length);
      changed = true;
    }
    const verb = LEADING_VERBS.exec(rest);
    if (verb && verb[0].length > 0) {
      if (REACH_LEADERS.test(verb[0])) reachLeader = true;
      offset += verb[0].length;
      rest = rest.slice(verb[0].length);
      changed = true;
    }
  }
  // 和/及/与 closing the prefix open a new conjunct, except where they end a verb
  // (`社会救助惠及310万人`, `涉及`, `普及`, `参与`, `总和`).
  const conjunction = CONJUNCTION_LAST.test(rest);
  if (conjunction) rest = rest.slice(0, -1);
  let relativeYears: number | null = null;
  const relative = /([一二三四五六七八九十])年$/.exec(rest);
  if (relative?.[1]) {
    relativeYears = '一二三四五六七八九十'.indexOf(relative[1]) + 1;
    rest = rest.slice(0, -2);
  }
  let from = false;
  if (rest.endsWith('从') || rest.endsWith('由')) {
    from = true;
    rest = rest.slice(0, -1);
  }
  let verb: VerbMeaning | null = null;
  let verbWord = '';
  const before = verbBeforeNumber(rest);
  if (before !== undefined) {
    const [word, meaning] = before;
    verb = meaning;
    verbWord = word;
    rest = rest.slice(0, rest.length - word.length);
  }
  // 比2025年 / 较“十三五”末 / 比上年末: a baseline, not part of the metric.
  rest = rest.replace(
    /[比较](?:(?:19|20)\d{2}年|[“"]?十[一二三四五六七八九]五[”"]?末?|上年|去年|上年度)(?:末|底|同期)?$/,
    '',
  );
  // 年均增长 after the metric, or 连续 before a 跨越: drop the adverbs left behind.
  rest = rest.replace(
    /(?:年均|连续|累计|分别|同比|比上年|较上年|全年|将|要|力争|预计|共|已|均|平均值|平均|首次|再次|拟按|拟|按|进一步)+$/,
    '',
  );
  // 按可比价格计算 / 按2017年平均汇率计算 / 扣除价格因素: how a figure is computed, not what it
  // measures (statistical communiqués and their news); the metric is the clause before.
  rest = rest.replace(/(?:按[^，。；、]{1,14}?计算|扣除价格因素(?:后)?)$/, '');
  // 北京2021年GDP: the year is the item's year, not part of what is measured.
  rest = rest.replace(/(.)(?:19|20)\d{2}年(?:上半年|前三季度|全年)?(?=.)/g, '$1');
  // 已/还/仅/罕见地: adverbs heading a clause (news reports) are not part of the metric.
  rest = rest.replace(/^(?:已经|已|仍然|仍|依然|罕见地|首次|再次|而且|而|并且)/, '');
  // 核心企业实现产值: the verb in the middle reads like 达到, the metric is what follows it.
  let midOffset = 0;
  let subject = '';
  for (const m of rest.matchAll(MID_VERBS)) {
    const after = rest.slice(m.index + m[0].length);
    if (after.length >= 2 && m.index > 0) {
      const reaching = REACH_LEADERS.test(m[0]);
      if (reaching) reachLeader = true;
      subject = reaching ? rest.slice(0, m.index) : '';
      midOffset = m.index + m[0].length;
    }
  }
  if (midOffset > 0) {
    offset += midOffset;
    rest = rest.slice(midOffset);
  }
  // `广东（59518亿元）、江苏（56909亿元）和浙江（…`: the brackets around a figure and the
  // conjunction after one belong to no metric.
  const cleaned = rest.replace(/^(?:[，、；：\s“”"]|[）)](?:和|及|与)?)+/, '');
  const object = cleaned.replace(/[的，、\s“”"（(]+$/, '');
  return {
    metric: subject === '' ? object : subjectAndMeasure(subject, object),
    metricOffset: offset + (rest.length - cleaned.length),
    verb,
    verbWord,
    increaseLeader,
    recurring,
    yearlyAverage,
    from,
    contentOffset,
    reachLeader,
    conjunction,
    relativeYears,
  };
}
