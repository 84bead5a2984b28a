import type { Comparator, Measure } from '../../model/item.js';

/**
 * The words of the target grammar (spec section 3 and its conventions).
 * Each list is ordered longest first where prefixes overlap.
 */

export interface VerbMeaning {
  readonly comparator: Comparator | null;
  readonly measure: Measure;
  /** Comparator when the item is an actual (达到 in a report is an exact figure). */
  readonly actualComparator?: Comparator;
}

const level = (comparator: Comparator | null, actualComparator?: Comparator): VerbMeaning =>
  actualComparator
    ? { comparator, measure: 'level', actualComparator }
    : { comparator, measure: 'level' };

/** Verbs directly before a number, longest first. */
export const VERBS_BEFORE_NUMBER: readonly (readonly [string, VerbMeaning])[] = (
  [
    ['年均增长', { comparator: null, measure: 'increase' }],
    ['年均提高', { comparator: null, measure: 'increase' }],
    ['增长至', level('>=', '=')],
    ['增长到', level('>=', '=')],
    ['提高到', level('>=', '=')],
    ['提高至', level('>=', '=')],
    ['提升到', level('>=', '=')],
    ['提升至', level('>=', '=')],
    ['增加到', level('>=', '=')],
    ['增加至', level('>=', '=')],
    ['扩大到', level('>=', '=')],
    ['扩大至', level('>=', '=')],
    ['跃升至', level('=', '=')],
    ['跃升到', level('=', '=')],
    ['增至', level('>=', '=')],
    ['升至', level('>=', '=')],
    ['降低到', level('<=', '=')],
    ['降低至', level('<=', '=')],
    ['下降到', level('<=', '=')],
    ['下降至', level('<=', '=')],
    ['减少到', level('<=', '=')],
    ['减少至', level('<=', '=')],
    ['降到', level('<=', '=')],
    ['降至', level('<=', '=')],
    ['控制在', level('<=')],
    ['不超过', level('<=')],
    ['不高于', level('<=')],
    ['不低于', level('>=')],
    ['不少于', level('>=')],
    ['至少', level('>=')],
    ['稳定在', level('~')],
    ['保持在', level('~')],
    ['维持在', level('~')],
    ['达到了', level('>=', '=')],
    ['实现了', level('>=', '=')],
    ['上升到', level('>=', '=')],
    ['上升至', level('>=', '=')],
    ['净增', { comparator: null, measure: 'increase' }],
    ['达到', level('>=', '=')],
    ['实现', level('>=', '=')],
    ['突破', level('>')],
    ['超过', level('>')],
    ['跨越', level('>')],
    ['高于', level('>')],
    ['低于', level('<')],
    ['少于', level('<')],
    ['多于', level('>')],
    ['逾', level('>')],
    ['超', level('>')],
    ['破', level('>')],
    ['达', level('>=', '=')],
    ['约', level('~')],
    ['近', level('~')],
    ['为', level(null)],
    ['是', level(null)],
    ['增长', { comparator: null, measure: 'increase' }],
    ['提高', { comparator: null, measure: 'increase' }],
    ['提升', { comparator: null, measure: 'increase' }],
    ['新增', { comparator: null, measure: 'increase' }],
    ['多增', { comparator: null, measure: 'increase' }],
    ['增加了', { comparator: null, measure: 'increase' }],
    ['增长了', { comparator: null, measure: 'increase' }],
    ['缩小到', level('<=', '=')],
    ['缩小至', level('<=', '=')],
    ['控制到', level('<=')],
    ['增加', { comparator: null, measure: 'increase' }],
    ['上涨', { comparator: null, measure: 'increase' }],
    ['上升', { comparator: null, measure: 'increase' }],
    ['增产', { comparator: null, measure: 'increase' }],
    ['涨幅', { comparator: null, measure: 'increase' }],
    ['增速', { comparator: null, measure: 'increase' }],
    ['增幅', { comparator: null, measure: 'increase' }],
    ['净减少', { comparator: null, measure: 'decrease' }],
    ['下降', { comparator: null, measure: 'decrease' }],
    ['降低', { comparator: null, measure: 'decrease' }],
    ['减少', { comparator: null, measure: 'decrease' }],
    ['减产', { comparator: null, measure: 'decrease' }],
    ['压减', { comparator: null, measure: 'decrease' }],
    ['缩小', { comparator: null, measure: 'decrease' }],
    ['削减', { comparator: null, measure: 'decrease' }],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

/**
 * VERBS_BEFORE_NUMBER grouped by their last character, each group in the list's order: the
 * first verb a prefix ends with is the first of its last character's group, found without
 * testing every verb against every number of a document.
 */
const VERBS_BY_LAST_CHARACTER = new Map<number, (readonly [string, VerbMeaning])[]>();
for (const entry of VERBS_BEFORE_NUMBER) {
  const last = entry[0].charCodeAt(entry[0].length - 1);
  const group = VERBS_BY_LAST_CHARACTER.get(last) ?? [];
  group.push(entry);
  VERBS_BY_LAST_CHARACTER.set(last, group);
}

/** The first of VERBS_BEFORE_NUMBER (longest first) that `text` ends with. */
export function verbBeforeNumber(text: string): readonly [string, VerbMeaning] | undefined {
  const group = VERBS_BY_LAST_CHARACTER.get(text.charCodeAt(text.length - 1));
  return group?.find(([word]) => text.endsWith(word));
}

/** Words after a number that set the comparator (以上 etc. include the number). */
export const SUFFIX_COMPARATORS: readonly (readonly [string, Comparator])[] = [
  ['以上', '>='],
  ['以下', '<='],
  ['以内', '<='],
  ['左右', '~'],
  ['多', '>'],
  ['余', '>'],
  ['内', '<='],
];

/** Verbs that open a clause and govern the quantity that follows (stripped from metrics). */
export const LEADING_VERBS =
  /^(?:力争实现|力争|争取|确保|努力|预计|全面|加快|进一步|积极|大力|持续|不断|推动|推进|促进|实现|保持|完成|其中|全年|要|将|使|让|把|高质量|高水平|高标准|构建|打造|建设|启动建设|启动|实施|撬动|带动|守牢|形成|建成|联动|链接|布局|围绕|开展|具体|同时|并|还|共|累计|拟发行|拟安排|拟)+/;

/** Leading verbs that read like 达到 (spec: 实现 + an amount is >=). */
export const REACH_LEADERS = /实现|达到|完成/;

/** Verbs inside a metric phrase that split subject from object (`核心企业实现产值`). */
export const MID_VERBS = /(实现|完成|达到|撬动|带动|推动|促进|形成|打造|建成|培育|引进)/g;

/** Verbs after which a number is followed by what it counts (`建成 200 个海外仓`). */
export const COUNTING_VERBS =
  /(?:建成|建设|打造|形成|培育|布局|引进|新设|新增|增加|收购代理|收购|开展|集聚|链接|联动|启动建设|撬动|带动|完成|做强|构建|举办|创建|新建|改造|新改建|招引|培养|吸引|服务|支持|设立|认定|组建|达到|实现|突破|超过|为|有|累计|共)$/;

/** Clause-opening verbs that make the quantities they govern increases. */
// Not 增加到/增加至 (a level reached) nor 增加值/增加量 (a noun: value added).
export const INCREASE_LEADERS = /^(?:每年|年均)?(?:新增|增加|净增|累计新增)(?![到至值量])/;

/** Attribute words that need the subject of the previous clause (`总量`, `增速`). */
export const ATTRIBUTE_WORDS = /^(?:总量|总额|增速|增幅|比重|占比|规模|数量|总数|人均|其中)$/;

/**
 * Words before a number that say how it is counted or compared but name nothing
 * measured (statistical communiqués, work reports and their news: `、同口径增长1.9%`,
 * `两年平均增长2.5%`, `折合为9545美元`, `比8月份净增47万吨`): the number measures
 * the metric named before it in the sentence.
 */
export const METRICLESS_QUALIFIERS =
  /^(?:其中|分别|均|同比|环比|较上年|比上年|实现|同口径|按?可比口径|折合(?:人民币)?|(?:过去)?[两二三四五]年来?|比上?\d{0,2}月份?(?:末|底)?|比年初|比上季度?)$/;

/** Time words at the head of a clause, not part of a metric. */
export const LEADING_TIME =
  /^(?:(?:到|至|截至|力争到|在|于)?(?:(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})年(?:底|末|前|内)?|本世纪中叶|(?:到)?[“"]?十[一二三四五六七八九]五[”"]?(?:末|期末|时期|期间|期)?|届时|今年|去年|明年|全年|年末|年底|每年|年均|[一二三四五]年内?|十年|上半年|下半年|前三季度|(?:第)?[一二三四]季度|\d{1,2}[-—–至]\d{1,2}月(?:份)?|前\d{1,2}个月|截[至止]\d{1,2}月(?:底|末)?)+/;
