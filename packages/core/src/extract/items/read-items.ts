import type { DocumentKind } from '../../model/document.js';
import type { Comparator, Item, ItemKind, Measure } from '../../model/item.js';
import {
  baseValueOf,
  hasQuantityWithUnit,
  type Quantity,
  scanQuantities,
} from '../numbers/scan-quantities.js';
import type { Heading } from '../outline/read-outline.js';
import { type NormalizedText, toOriginalSpan } from '../text/normalize.js';
import { baseUnitForBareMagnitude } from './bare-magnitude.js';
import { clauseBoundaries, clauseEnd, clauseStart } from './clause-mask.js';
import type { HeadingContext } from './heading-context.js';
import { buildItem, type ItemDraft } from './item-builder.js';
import type { Discourse, SectionDiscourse } from '../meta/discourse.js';
import { judge } from './confidence.js';
import { fromToSpan, type YearDecision, yearFor } from './item-year.js';
import { decideKindWithReason, kindOfMention } from './kind.js';
import { attributeOf, countedNoun, SCOPE_ONLY } from './metric-shape.js';
import { shapedMetric } from './metric-of-mention.js';
import { analyzePrefix, type PrefixAnalysis } from './prefix-analysis.js';
import { growthMeasure } from './growth-rate.js';
import { type IdiomMention, scanIdioms } from './scan-idioms.js';
import { findPartYears, partYearBefore, type PartYearMention } from './part-year.js';
import { type RankMention, SCOPE_START, scanRanks } from './scan-ranks.js';
import { sentenceAt, type Sentences, sentenceTable } from './sentences.js';
import { lowerBound } from './sorted.js';
import {
  ATTRIBUTE_WORDS,
  COUNTING_VERBS,
  METRICLESS_QUALIFIERS,
  SUFFIX_COMPARATORS,
} from './words.js';
import { findPlanPeriods, findYears, type YearMention } from './years.js';

export interface ItemReadingContext {
  readonly original: string;
  readonly norm: NormalizedText;
  readonly headings: readonly Heading[];
  readonly contexts: readonly HeadingContext[];
  readonly docKind: DocumentKind;
  /** The year a report's figures describe by default. */
  readonly reportYear: number | null;
  readonly horizon: number | null;
  /** A mid-year report whose unqualified figures describe the first half. */
  readonly halfYearReport?: boolean;
  /** A release whose title names a part of the year (`前三季度…`): its unqualified figures' period. */
  readonly titlePeriod?: string | null;
  /** Normalised spans read as tables; their lines are not read as sentences. */
  readonly skipSpans?: readonly { readonly start: number; readonly end: number }[];
  /** The document's time and its sections' roles (meta/discourse.ts). */
  readonly discourse?: Discourse;
  /** `sentenceTable(norm.text)`, when the caller has it: three readers walk the same sentences. */
  readonly sentences?: Sentences;
}

/** The sentences of the normalised text, split once per document when the context has them. */
export function sentencesOf(ctx: ItemReadingContext): Sentences {
  return ctx.sentences ?? sentenceTable(ctx.norm.text);
}

/** True when the sentence lies inside one of the spans (sorted by start). */
export function insideSkipped(
  spans: readonly { start: number; end: number }[] | undefined,
  start: number,
): boolean {
  if (!spans) return false;
  for (const span of spans) {
    if (span.start > start) return false;
    if (start < span.end) return true;
  }
  return false;
}

type Mention =
  | {
      readonly type: 'quantity';
      readonly start: number;
      readonly end: number;
      readonly q: Quantity;
    }
  | { readonly type: 'rank'; readonly start: number; readonly end: number; readonly r: RankMention }
  | {
      readonly type: 'idiom';
      readonly start: number;
      readonly end: number;
      readonly i: IdiomMention;
    };

interface MetricRef {
  readonly text: string;
  /** Normalised offset where the clause naming the metric starts. */
  readonly start: number;
}

/** Per-sentence state carried from one number to the next. */
interface SentenceState {
  metric: MetricRef | null;
  increaseLeader: boolean;
  lastEnd: number;
  fromValue: { value: number; unit: string | null; year: number | null } | null;
  /** The verb of the previous number, carried over 、 (`跨越1500亿元、2000亿元`). */
  lastVerb: PrefixAnalysis | null;
  lastScope: string | null;
  /** The sentence speaks of a streak (连续…): its figures are not half-year figures. */
  readonly streak: boolean;
  /** How the last number's year was decided (for its confidence). */
  yearDecision: YearDecision | null;
}

export function readItems(ctx: ItemReadingContext): Item[] {
  const items: Item[] = [];
  const text = ctx.norm.text;
  let headingIndex = -1;
  let previousSentenceMetric: MetricRef | null = null;
  // News and profiles open a paragraph with its year (`2019年全省生产总值…。规模以上工业…`):
  // the following sentences of the paragraph report that year too.
  let paragraphYear: number | null = null;
  const sentences = sentencesOf(ctx);
  for (let i = 0; i < sentences.count; i++) {
    const sentence = sentenceAt(sentences, i);
    if (
      sentence.start === 0 ||
      /\n\s*$/.test(text.slice(Math.max(0, sentence.start - 4), sentence.start))
    )
      paragraphYear = null;
    while (
      headingIndex + 1 < ctx.headings.length &&
      (ctx.headings[headingIndex + 1]?.lineStart ?? Infinity) <= sentence.start
    ) {
      headingIndex++;
      previousSentenceMetric = null;
      paragraphYear = null;
    }
    if (insideSkipped(ctx.skipSpans, sentence.start)) continue;
    const heading = ctx.headings[headingIndex];
    let start = sentence.start;
    if (heading && heading.lineStart === sentence.start) start = heading.normStart;
    const found = readSentence(ctx, {
      start,
      end: sentence.end,
      headingIndex,
      previousSentenceMetric,
      paragraphYear,
    });
    items.push(...found.items);
    previousSentenceMetric = found.lastMetric ?? previousSentenceMetric;
    paragraphYear =
      openingYear(text.slice(start, Math.min(sentence.end, start + 16))) ?? paragraphYear;
  }
  return items;
}

interface SentenceInput {
  readonly start: number;
  readonly end: number;
  readonly headingIndex: number;
  readonly previousSentenceMetric: MetricRef | null;
  /** The year an earlier sentence of the paragraph opened with (for actuals without a year). */
  readonly paragraphYear: number | null;
}

/** `2019年，…` / `2019年全省…`: a calendar year opening a sentence (not a deadline 到2025年). */
function openingYear(head: string): number | null {
  const m = /^\s*(?:在|于)?((?:19|20)\d{2})年(?![底末前内])/.exec(head);
  return m?.[1] ? Number(m[1]) : null;
}

/**
 * A number with no unit is a quantity only when the grammar around it says so:
 * a ratio or index with a comparator (`收入倍差缩小到1.81以内`, `恩格尔系数28.5左右`).
 */
function isBareRatio(sentence: string, q: Quantity): boolean {
  if (q.chineseNumeral || q.value >= 1000) return false;
  const after = sentence.slice(q.end, q.end + 2);
  const before = sentence.slice(Math.max(0, q.start - 3), q.start);
  if (/^(?:以内|以上|以下|左右)/.test(after)) return true;
  const decimal = !Number.isInteger(q.value);
  return (
    decimal &&
    /(?:缩小到|缩小至|降至|降到|提高到|提高至|控制在|稳定在|达到)$/.test(before) &&
    !/^[\d.]/.test(after)
  );
}

/**
 * `前7个月` is a time, not a count of months. (A function, not a closure in mentionsOf:
 * tsx names each closure with a defineProperty call, once per sentence.)
 */
function inPartYear(q: Quantity, partYears: readonly PartYearMention[]): boolean {
  return partYears.some((p) => q.start >= p.start && q.start < p.end);
}

function mentionsOf(sentence: string, partYears: readonly PartYearMention[]): Mention[] {
  const quantities = scanQuantities(sentence).filter(
    (q) => (q.unit !== '' || isBareRatio(sentence, q)) && !inPartYear(q, partYears),
  );
  const ranks = scanRanks(sentence);
  const idioms = scanIdioms(sentence);
  if (quantities.length === 0 && ranks.length === 0 && idioms.length === 0) return [];
  // An idiom right after a quantity (`1倍增`) belongs to it.
  const quantityEnds = new Set(quantities.map((q) => q.end));
  const ownIdioms = idioms.filter(
    (idiom) => !quantityEnds.has(idiom.start) && !quantityEnds.has(idiom.start - 1),
  );
  const mentions: Mention[] = [
    ...quantities.map((q) => ({ type: 'quantity' as const, start: q.start, end: q.end, q })),
    ...ranks.map((r) => ({ type: 'rank' as const, start: r.start, end: r.end, r })),
    ...ownIdioms.map((i) => ({ type: 'idiom' as const, start: i.start, end: i.end, i })),
  ];
  mentions.sort((a, b) => a.start - b.start);
  // Overlaps: keep the first (a rank's 第1位 and a quantity never overlap by construction).
  return mentions.filter((m, index) => index === 0 || m.start >= (mentions[index - 1]?.end ?? 0));
}

function readSentence(
  ctx: ItemReadingContext,
  input: SentenceInput,
): { items: Item[]; lastMetric: MetricRef | null } {
  const sentence = ctx.norm.text.slice(input.start, input.end);
  const partYears = findPartYears(sentence);
  const mentions = mentionsOf(sentence, partYears);
  if (mentions.length === 0) return { items: [], lastMetric: null };
  const mask = clauseBoundaries(sentence);
  const headingContext = ctx.contexts[input.headingIndex] ?? null;
  const years = /年|五/.test(sentence)
    ? [...findYears(sentence), ...findPlanPeriods(sentence)].sort((a, b) => a.start - b.start)
    : [];
  const kindDecision = decideKindWithReason(sentence, {
    docKind: ctx.docKind,
    reportYear: ctx.reportYear,
    heading: headingContext,
    years,
    section: sectionDiscourse(ctx, input.headingIndex),
  });
  const state: SentenceState = {
    metric: null,
    increaseLeader: false,
    lastEnd: 0,
    fromValue: null,
    lastVerb: null,
    lastScope: null,
    streak: sentence.includes('连续'),
    yearDecision: null,
  };
  const items: Item[] = [];
  for (const mention of mentions) {
    const decision = kindOfMention(sentence, mention, kindDecision);
    const drafts = readMention(ctx, {
      sentence,
      mask,
      mention,
      mentions,
      state,
      kind: decision.kind,
      recalledTarget: decision.recalledTarget === true,
      years,
      partYears,
      headingContext,
      input,
    });
    const evidence = state.yearDecision && { kind: decision, year: state.yearDecision };
    for (const draft of drafts) {
      items.push(buildItem(draft, ctx.original, evidence ? judge(draft, evidence) : undefined));
    }
  }
  return { items, lastMetric: state.metric };
}

function sectionDiscourse(ctx: ItemReadingContext, headingIndex: number): SectionDiscourse | null {
  const discourse = ctx.discourse;
  if (!discourse) return null;
  return discourse.sections[headingIndex] ?? discourse.documentRole;
}

interface MentionInput {
  readonly sentence: string;
  readonly mask: Uint8Array;
  readonly mention: Mention;
  readonly mentions: readonly Mention[];
  readonly state: SentenceState;
  readonly kind: ItemKind;
  /** A target recalled while reporting results (`高于5%左右的预期目标`). */
  readonly recalledTarget: boolean;
  readonly years: readonly YearMention[];
  readonly partYears: readonly PartYearMention[];
  readonly headingContext: HeadingContext | null;
  readonly input: SentenceInput;
}

function readMention(ctx: ItemReadingContext, m: MentionInput): ItemDraft[] {
  const { sentence, mask, mention, state } = m;
  if (isExcludedMention(sentence, mention)) return [];
  const cs = listStart(m, clauseStart(mask, mention.start, 0));
  const sameClauseAsLast = state.lastEnd > cs;
  // A metric is never long: bounding the prefix keeps every pattern on it linear.
  const prefixStart = Math.max(cs, state.lastEnd, mention.start - 80);
  const newClause = !sameClauseAsLast;
  if (newClause && sentence.charAt(cs - 1) !== '、') state.increaseLeader = false;
  let prefix = sentence.slice(prefixStart, mention.start);
  let scope: string | null = null;
  if (mention.type === 'rank') {
    const split = splitRankPrefix(prefix);
    prefix = split.prefix;
    scope = mention.r.scope ?? split.scope;
  }
  let analysis = analyzePrefix(prefix);
  if (analysis.increaseLeader) state.increaseLeader = true;
  const listed = sentence.charAt(prefixStart - 1) === '、' || sameClauseAsLast;
  if (!analysis.verb && analysis.metric === '' && listed && state.lastVerb?.verb) {
    analysis = {
      ...analysis,
      verb: state.lastVerb.verb,
      verbWord: state.lastVerb.verbWord,
      reachLeader: state.lastVerb.reachLeader,
    };
  }
  if (
    mention.type === 'rank' &&
    scope === null &&
    state.lastScope !== null &&
    analysis.metric === ''
  )
    scope = state.lastScope;
  state.lastVerb = analysis;
  if (scope !== null) state.lastScope = scope;

  // `1270多万人`, `2.7万余件`: 多/余 written inside the quantity make it a lower bound.
  const suffix =
    mention.type === 'quantity' && mention.q.more === true
      ? { comparator: '>' as const, end: mention.end }
      : suffixOf(sentence, mention.end);
  const ce = clauseEnd(mask, mention.end, Math.min(sentence.length, mention.end + 80));
  const rest = sentence.slice(suffix.end, ce);

  // Thresholds that define a group (`纳税额超百万的…企业100家`) are not items.
  if (
    mention.type === 'quantity' &&
    rest.startsWith('的') &&
    hasLaterQuantity(sentence, suffix.end, ce)
  )
    return [];

  const metric = resolveMetric(m, {
    analysis,
    prefixStart,
    rest,
    suffixEnd: suffix.end,
    clauseEnd: ce,
  });
  if (metric === null) return [];
  state.metric = metric.ref;
  state.lastEnd = suffix.end;

  const year = yearFor({
    sentence,
    years: m.years,
    at: mention.start,
    clauseStart: cs,
    relativeYears: analysis.relativeYears,
    heading: m.headingContext,
    kind: m.kind,
    recalledTarget: m.recalledTarget,
    reportYear: ctx.reportYear,
    horizon: ctx.horizon,
    sectionHorizon: sectionDiscourse(ctx, m.input.headingIndex)?.horizon ?? null,
    thisYear: ctx.discourse?.thisYear ?? null,
    paragraphYear: m.input.paragraphYear,
  });
  state.yearDecision = year;
  const base = draftBase(ctx, m, { metric, year, analysis, scope });
  const spanEnd = metric.numberFirst ? ce : extendToClauseEnd(rest) ? ce : suffix.end;
  const [start, end] = toOriginalSpan(ctx.norm, metric.ref.start, m.input.start + spanEnd);

  if (mention.type === 'quantity') {
    return quantityDrafts(ctx, m, {
      base,
      analysis,
      suffix,
      start,
      end,
      metric: metric.ref.text,
      numberFirst: metric.numberFirst,
    });
  }
  if (mention.type === 'rank') {
    const drafts = rankDrafts(m, { base, analysis, start, end, metric: metric.ref.text });
    for (const draft of drafts) draft.period ??= halfYearPeriod(ctx, m, draft);
    return drafts;
  }
  return idiomDrafts(m, { base, start, end, metric: metric.ref.text });
}

const RANK_VERBS =
  '(?:稳居|位居|跃居|跃升至|跃升到|保持|位列|排名|排|列|居|进入|蝉联|成为|名列|升至|上升至|力争|争创|争当|争)';
// 连续3年, 连续三年, 连续多年, 连续8个月: how long a rank has held, not what is ranked.
const STREAK = '(?:连续(?:\\d+|[一二三四五六七八九十两]+|多)(?:年|个月|季度|届))';

/** Splits `总量从全省县（市、区）` into the metric part and the ranking's scope. */
function splitRankPrefix(prefix: string): { prefix: string; scope: string | null } {
  let best = -1;
  let depth = 0;
  for (let i = 0; i < prefix.length; i++) {
    const ch = prefix.charAt(i);
    if (ch === '“') depth++;
    else if (ch === '”' && depth > 0) depth--;
    else if (
      depth === 0 &&
      SCOPE_START.test(prefix.slice(i, i + 3)) &&
      SCOPE_START.exec(prefix.slice(i, i + 3))?.index === 0
    )
      best = i;
  }
  if (best < 0) return { prefix: cleanRankHead(prefix), scope: null };
  const scope = prefix.slice(best).replace(/的$/, '');
  return { prefix: cleanRankHead(prefix.slice(0, best)), scope: scope || null };
}

function cleanRankHead(head: string): string {
  let out = head.replace(new RegExp(`${STREAK}?${RANK_VERBS}*${STREAK}?$`), '');
  out = out.replace(new RegExp(`^${STREAK}?${RANK_VERBS}+`), '');
  const from = /[从由]$/.test(head) && !/[从由]$/.test(out) ? '从' : '';
  return out.replace(/[“”"]/g, '') + from;
}

function suffixOf(sentence: string, end: number): { comparator: Comparator | null; end: number } {
  const after = sentence.slice(end, end + 2);
  for (const [word, comparator] of SUFFIX_COMPARATORS) {
    if (after.startsWith(word)) {
      // 内 alone only closes a time (10分钟内); 多/余 only directly after a number.
      if (
        word === '内' &&
        !/^内(?:[，。；、]|$|快速|完成|到达|响应)/.test(sentence.slice(end, end + 3))
      )
        continue;
      return { comparator, end: end + word.length };
    }
  }
  return { comparator: null, end };
}

function hasLaterQuantity(sentence: string, from: number, to: number): boolean {
  return hasQuantityWithUnit(sentence.slice(from, Math.min(to, from + 40)));
}

function extendToClauseEnd(rest: string): boolean {
  if (rest.length === 0 || rest.length > 20) return false;
  return (
    !/^[\d一二三四五六七八九十两百千]/.test(rest) && !/^(?:的?(?:目标|水平|左右|以上))$/.test(rest)
  );
}

interface ResolvedMetric {
  readonly ref: MetricRef;
  readonly numberFirst: boolean;
}

function resolveMetric(
  m: MentionInput,
  parts: {
    analysis: PrefixAnalysis;
    prefixStart: number;
    rest: string;
    suffixEnd: number;
    clauseEnd: number;
  },
): ResolvedMetric | null {
  const { analysis, prefixStart, rest } = parts;
  const clauseContentStart = m.input.start + prefixStart + analysis.contentOffset;
  const ownMetric = analysis.metric;
  const counted =
    m.mention.type === 'quantity' &&
    /^[“\u4e00-\u9fffA-Za-z]/.test(rest) &&
    !/^[一二三四五六七八九十两百千]/.test(rest);
  const listedValue =
    ownMetric === '' &&
    m.sentence.charAt(parts.prefixStart - 1) === '、' &&
    m.state.metric !== null;
  const verbOnly =
    ownMetric === '' ||
    analysis.conjunction ||
    COUNTING_VERBS.test(ownMetric) ||
    (SCOPE_ONLY.test(ownMetric) && rest.replace(/[“”"]/g, '').length >= 3) ||
    /^(?:为|有|对|向|给)$/.test(ownMetric);
  const shaped = shapedMetric({
    // Bounded: a metric never lies far past its number, and slices stay linear on one-line inputs.
    after: m.sentence.slice(parts.suffixEnd, parts.suffixEnd + 40),
    unit: m.mention.type === 'quantity' ? m.mention.q.unit : '',
    ownMetric,
    rest,
    counted,
    verbOnly,
    listedValue,
  });
  if (shaped !== null) {
    return {
      ref: { text: shaped.text, start: clauseContentStart },
      numberFirst: shaped.numberFirst,
    };
  }
  if (counted && verbOnly && !listedValue && m.mention.type === 'quantity') {
    // What is counted is the noun right after the number; a trailing verb phrase is not part of it.
    const noun = rest.replace(/(?:的?(?:目标|任务))$/, '').replace(/^的/, '');
    const scopeWord = SCOPE_ONLY.test(ownMetric) ? ownMetric : '';
    const text = scopeWord + countedNoun(m.mention.q.unit, noun);
    return { ref: { text, start: clauseContentStart }, numberFirst: true };
  }
  // `义乌坐拥世界第一大市场`: what is ranked follows the rank; the words before only own it.
  const ranked = m.mention.type === 'rank' ? m.mention.r.rankedNoun : undefined;
  if (ranked !== undefined && /(?:坐拥|拥有|建有|建成|打造)$/.test(ownMetric)) {
    return { ref: { text: ranked, start: clauseContentStart }, numberFirst: true };
  }
  const previous = m.state.metric ?? m.input.previousSentenceMetric;
  if (ownMetric === '' || METRICLESS_QUALIFIERS.test(ownMetric)) {
    // `GDP目标：增长5.5%左右`, `就业目标：新增1100万人`: a label before a colon names it.
    const labelFrom = Math.max(0, parts.prefixStart - 16);
    const label = previous
      ? null
      : COLON_LABEL.exec(
          (labelFrom === 0 ? '，' : '') + m.sentence.slice(labelFrom, parts.prefixStart),
        );
    if (label?.[1])
      return { ref: { text: label[1], start: clauseContentStart }, numberFirst: false };
    if (!previous) {
      return m.mention.type === 'rank'
        ? { ref: { text: '', start: clauseContentStart }, numberFirst: false }
        : null;
    }
    return { ref: previous, numberFirst: false };
  }
  if (ATTRIBUTE_WORDS.test(ownMetric) && previous) {
    return {
      ref: { text: attributeOf(previous.text, ownMetric), start: clauseContentStart },
      numberFirst: false,
    };
  }
  return { ref: { text: ownMetric, start: clauseContentStart }, numberFirst: false };
}

/** A short label closed by a colon, before a clause without a metric of its own. */
const COLON_LABEL = /[，。；\s]([\u4e00-\u9fffA-Za-z]{2,10}?)(?:目标|指标)?[：:]\s*$/;

const OWN_CLAUSE_VERB =
  /^[\s“]*(?:建成|建设|完成|实现|推进|推动|打造|形成|开展|启动|加快|全面|构建)/;

/** A clause of a 、 list with no number of its own belongs to the next number (`出口总量、市场主体数保持…第1位`). */
function listStart(m: MentionInput, start: number): number {
  let cs = start;
  while (cs > 0 && m.sentence.charAt(cs - 1) === '、') {
    const previousStart = clauseStart(m.mask, cs - 1, 0);
    const next = m.mentions[lowerBound(m.mentions, previousStart)];
    const hasNumber =
      next !== undefined && next.start < cs - 1 && !isExcludedMention(m.sentence, next);
    // A piece that opens with its own verb (`建成市区停车空位实时可知、城市家具损坏5分钟…`) is its own clause.
    const ownVerb = OWN_CLAUSE_VERB.test(m.sentence.slice(previousStart, cs - 1));
    if (hasNumber || ownVerb || cs - 1 - previousStart > 30) break;
    cs = previousStart;
  }
  return cs;
}

/** Numbers that name a topic rather than state a quantity. */
function isExcludedMention(sentence: string, mention: Mention): boolean {
  const before = sentence.slice(Math.max(0, mention.start - 3), mention.start);
  const after = sentence.slice(mention.end, mention.end + 4);
  // 以教育倍增为基础, 以…为核心: a theme named in a heading.
  if (
    /^为(?:基础|核心|重点|突破|引领|龙头|支撑|主题|标志|先导|依托|导向|关键|特色|平台|主线|抓手)/.test(
      after,
    )
  )
    return true;
  if (mention.type === 'rank' && /(?:放在|摆在|作为)$/.test(before)) return true;
  if (mention.type === 'idiom' && (/^的/.test(after) || /健$/.test(before))) return true;
  // `连续8个月全省第一`, `前7个月`: a span of months that a streak or a period runs over.
  if (
    mention.type === 'quantity' &&
    mention.q.unit === '个' &&
    after.startsWith('月') &&
    /(?:连续|前|近|最近)$/.test(before)
  )
    return true;
  // `晋级4万亿之城`, `跻身万亿俱乐部`: a club of cities named by its threshold, not a figure.
  if (mention.type === 'quantity' && /^(?:之城|俱乐部|城市俱乐部)/.test(after)) return true;
  // Age bands naming a group (`0-17岁、18-34岁…60岁及以上户籍人口分别为18891人…`,
  // `60岁及以上人口占比`): the figure measured comes later in the clause.
  if (
    mention.type === 'quantity' &&
    mention.q.unit === '岁' &&
    /^(?:、|及以上|以上|以下|及以下|至|的|人口|老年|户籍|常住|[和及与])/.test(after) &&
    hasLaterQuantity(sentence, mention.end, Math.min(sentence.length, mention.end + 80))
  )
    return true;
  // “千万工程”, “百县万品”: a short quoted name that starts with the number.
  if (before.endsWith('“')) {
    const close = sentence.indexOf('”', mention.end);
    if (close !== -1 && close - mention.end <= 4 && close > mention.end) return true;
  }
  return false;
}

function draftBase(
  ctx: ItemReadingContext,
  m: MentionInput,
  parts: {
    metric: ResolvedMetric;
    year: { year: number | null };
    analysis: PrefixAnalysis;
    scope: string | null;
  },
): ItemDraft {
  const heading = m.headingContext;
  const year = parts.year.year;
  let period: string | null = null;
  const recurring = m.kind === 'target' && parts.analysis.recurring;
  if (parts.analysis.yearlyAverage && year !== null) {
    const from =
      heading?.periodFrom ??
      (ctx.horizon !== null && m.kind === 'target' ? ctx.horizon - 4 : year - 4);
    period = `${from}-${year}`;
  }
  return {
    kind: m.kind,
    metric: parts.metric.ref.text,
    measure: null,
    comparator: null,
    value: null,
    valueMax: null,
    unit: null,
    baseValue: null,
    baseUnit: null,
    year,
    period,
    recurring,
    baseline: null,
    scope: parts.scope,
    start: 0,
    end: 0,
    section: m.input.headingIndex >= 0 ? m.input.headingIndex : null,
  };
}

/**
 * A mid-year report (July–September) that speaks of 上半年/下半年 gives its
 * unqualified figures for the first half; streaks (连续…) are not half-year figures.
 */
function halfYearPeriod(ctx: ItemReadingContext, m: MentionInput, draft: ItemDraft): string | null {
  if (draft.kind !== 'actual') return null;
  // Statistical releases and their news: 上半年/前三季度/1-7月 before the number in its sentence.
  const written = partYearBefore(m.partYears, m.mention.start);
  if (written !== null || m.partYears.some((p) => p.start < m.mention.start)) return written;
  if (draft.year !== ctx.reportYear || m.years.length > 0 || m.state.streak) return null;
  if (ctx.titlePeriod) return ctx.titlePeriod;
  return ctx.halfYearReport === true ? 'H1' : null;
}

function retrospectivePeriod(m: MentionInput, year: number | null): string | null {
  const heading = m.headingContext;
  if (!heading?.retrospective || year === null || m.kind !== 'actual') return null;
  const from = heading.periodFrom ?? year - 4;
  return `${from}-${year}`;
}

function quantityDrafts(
  ctx: ItemReadingContext,
  m: MentionInput,
  parts: {
    base: ItemDraft;
    analysis: PrefixAnalysis;
    suffix: { comparator: Comparator | null };
    start: number;
    end: number;
    metric: string;
    numberFirst: boolean;
  },
): ItemDraft[] {
  const mention = m.mention as Extract<Mention, { type: 'quantity' }>;
  const q = mention.q;
  const verb = parts.analysis.verb;
  let measure: Measure = verb?.measure ?? 'level';
  if (!verb && (parts.analysis.increaseLeader || m.state.increaseLeader)) measure = 'increase';
  if (q.unit === '个百分点' && verb?.measure === 'level') measure = 'increase';
  measure = growthMeasure({
    measure,
    unit: q.unit,
    metric: parts.metric,
    before: m.sentence.slice(Math.max(0, mention.start - 12), mention.start),
    after: m.sentence.slice(mention.end, mention.end + 8),
  });
  const idiomFollows = /^[\s]*(?:全覆盖|清零)/.test(m.sentence.slice(mention.end, mention.end + 4));
  const reach =
    !verb &&
    parts.analysis.reachLeader &&
    m.kind === 'target' &&
    !parts.numberFirst &&
    !idiomFollows
      ? '>='
      : null;
  let comparator: Comparator =
    parts.suffix.comparator ??
    (m.kind === 'actual' ? (verb?.actualComparator ?? verb?.comparator) : verb?.comparator) ??
    reach ??
    '=';
  if (q.valueMax !== null) comparator = 'range';
  // Time circles and response times (1小时通勤圈, 5分钟发现处理) are upper bounds.
  if (
    m.kind === 'target' &&
    q.baseUnit === '分钟' &&
    parts.suffix.comparator === null &&
    !verb?.comparator
  )
    comparator = '<=';
  let baseUnit = q.baseUnit;
  if (baseUnit === null && q.unit !== '') baseUnit = baseUnitForBareMagnitude(parts.metric, q.unit);
  const draft: ItemDraft = {
    ...parts.base,
    measure,
    comparator,
    value: q.value,
    valueMax: q.valueMax,
    unit: q.unit === '' ? null : q.unit,
    baseValue: baseValueOf(q),
    baseUnit,
    start: parts.start,
    end: parts.end,
  };
  // A review of several years (五年来, 过去五年): a change (增长/下降 by …) or a newly built amount
  // (新建, 新增, 累计) is over the whole period; a level is at its end.
  const cumulative =
    parts.analysis.yearlyAverage ||
    parts.analysis.increaseLeader ||
    parts.analysis.verbWord === '跨越' ||
    // (`增长7.9%` right after a level, with no metric of its own, is the year-on-year rate.)
    (measure !== 'level' && parts.analysis.metric !== '') ||
    /^(?:新建|新增|累计|新改建)/.test(parts.metric);
  draft.period ??= cumulative ? retrospectivePeriod(m, draft.year) : null;
  draft.period ??= halfYearPeriod(ctx, m, draft);
  return [applyFromTo(m, draft)];
}

/** 从A增长至B: A is the start-of-period value, B carries A as its baseline. */
function applyFromTo(m: MentionInput, draft: ItemDraft): ItemDraft {
  const analysis = m.mention;
  const prefix = m.sentence.slice(Math.max(0, analysis.start - 24), analysis.start);
  if (
    /[从由][^，。；]*$/.test(prefix) &&
    !m.state.fromValue &&
    /[从由]$|[从由].{0,16}$/.test(prefix)
  ) {
    const fromYear = startYear(m, draft.year);
    m.state.fromValue = { value: draft.value ?? 0, unit: draft.unit, year: fromYear };
    return { ...draft, year: fromYear, period: null };
  }
  if (
    m.state.fromValue &&
    /(?:增长|提高|提升|跃升|增加|扩大|上升|下降|降低|减少)(?:至|到)$/.test(prefix)
  ) {
    const baseline = m.state.fromValue;
    m.state.fromValue = null;
    return {
      ...draft,
      baseline: { value: baseline.value, unit: baseline.unit, year: baseline.year },
      period: null,
    };
  }
  return draft;
}

function startYear(m: MentionInput, year: number | null): number | null {
  const from = m.headingContext?.periodFrom;
  if (from != null) return from - 1;
  return year === null ? null : year - fromToSpan(m.sentence, m.headingContext);
}

function rankDrafts(
  m: MentionInput,
  parts: { base: ItemDraft; analysis: PrefixAnalysis; start: number; end: number; metric: string },
): ItemDraft[] {
  const r = (m.mention as Extract<Mention, { type: 'rank' }>).r;
  const metrics = parts.metric.includes('、')
    ? parts.metric.split('、').filter((x) => x.length > 0)
    : [parts.metric];
  return metrics.map((metric) =>
    applyFromTo(m, {
      ...parts.base,
      metric: metric || (parts.base.scope ?? ''),
      measure: 'rank',
      comparator: r.comparator,
      value: r.rank,
      valueMax: null,
      unit: r.unit,
      baseValue: r.rank,
      baseUnit: '位',
      start: parts.start,
      end: parts.end,
    }),
  );
}

function idiomDrafts(
  m: MentionInput,
  parts: { base: ItemDraft; start: number; end: number; metric: string },
): ItemDraft[] {
  const idiom = (m.mention as Extract<Mention, { type: 'idiom' }>).i;
  let baselineYear: YearMention | undefined;
  for (let i = lowerBound(m.years, idiom.start - 40); i < m.years.length; i++) {
    const y = m.years[i];
    if (!y || y.start >= idiom.start) break;
    if (/[比较]$/.test(m.sentence.slice(Math.max(0, y.start - 1), y.start))) baselineYear = y;
  }
  const subjects = idiom.splitSubjects ? splitSubjects(parts.metric) : [parts.metric];
  return subjects.map((metric) => ({
    ...parts.base,
    metric: metric.replace(/^[“”"]+|[“”"]+$/g, ''),
    measure: idiom.measure,
    comparator: idiom.comparator,
    value: idiom.value,
    valueMax: null,
    unit: idiom.unit,
    baseValue: idiom.value,
    baseUnit: idiom.unit,
    baseline: baselineYear ? { value: null, unit: null, year: baselineYear.year } : null,
    start: parts.start,
    end: parts.end,
  }));
}

/** `高新技术企业和科技型企业总量` → both subjects, each with the shared 总量. */
function splitSubjects(metric: string): string[] {
  const pieces = metric.split(/和|、|及|与/).filter((p) => p.length > 0);
  if (pieces.length < 2) return [metric];
  const last = pieces[pieces.length - 1] ?? '';
  const shared = /(总量|数量|规模|总额)$/.exec(last)?.[1] ?? '';
  return pieces.map((piece) => (shared && !piece.endsWith(shared) ? piece + shared : piece));
}
