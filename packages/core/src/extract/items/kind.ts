import type { DocumentKind } from '../../model/document.js';
import type { ItemKind } from '../../model/item.js';
import type { SectionDiscourse } from '../meta/discourse.js';
import type { HeadingContext } from './heading-context.js';
import type { YearMention } from './years.js';

/**
 * Whether a sentence commits to numbers (targets) or reports them (actuals).
 * In order: a deadline after the report year; words only reports use
 * (比上年, 同比, 五年来); words only commitments use (力争, 确保, 预期);
 * the section's role (a work report's 工作回顾 vs 今年工作, a plan's 发展基础);
 * the years written; the qualifiers of a target (左右, 以内); the kind of document.
 */
export interface KindContext {
  readonly docKind: DocumentKind;
  readonly reportYear: number | null;
  readonly heading: HeadingContext | null;
  readonly years: readonly YearMention[];
  /** The discourse model's role for the sentence's section (meta/discourse.ts). */
  readonly section?: SectionDiscourse | null;
}

/** What decided the kind: firm rules first, defaults last (confidence reads it). */
export type KindBasis =
  'deadline' | 'communique' | 'cue' | 'section' | 'year' | 'qualifier' | 'default';

export interface KindDecision {
  readonly kind: ItemKind;
  /** A few words of Chinese for the review screen: `读作目标：位于“今年工作安排”一节`. */
  readonly reason: string;
  readonly basis: KindBasis;
  /**
   * Whether the section's role says the same (true), the opposite (false), or
   * nothing (null).
   */
  readonly sectionAgrees: boolean | null;
  /** A target the text recalls while reporting (`高于5%左右的预期目标`): due in the report year. */
  readonly recalledTarget?: boolean;
}

/**
 * Words only a report of results uses (`截至今年5月`, `今年以来` and `目前` give the state so
 * far, not a plan). A January work report gives last year's result before
 * the statistics bureau does: `初步预计` / `初步核算` is an estimate of an actual, not a target.
 */
const ACTUAL_WORDS =
  /截[至止](?:今年|去年)?[1-9一二三四五六七八九十]{1,2}月|今年以来|目前|初步预计|初步核算|初步测算|初步统计|五年来|过去五年|过去一年|去年|累计完成|已建成|已经|已完成|荣获|获评|入选|蝉联|连续\d+年|连续[两三四五六七八九十]+年|成功创建|圆满完成|首次|比上年|较上年|同比/;
/** Words only a commitment uses; 拟 and 今年 mark a work report's plans for its year. */
const STRONG_TARGET_WORDS =
  /力争|确保|争取|预期目标|主要预期|目标是|拟|(?<!截[至止])今年(?!以来|上半年|前[一二三四五六七八九十\d]|[1-9一二三四五六七八九十]{1,2}月)|明年|到\d{4}年/;
/**
 * 以上 as a floor (`增长12%以上`) leans to a target; 规模以上 and 限额以上 name statistical
 * classes of firms (`规模以上工业增加值增长7.8%` is reported as often as planned), and
 * `亿元以上项目` a class of projects.
 */
const TARGET_WORDS =
  /(?<!超)预期|目标|计划|将|努力|加快|推动|打造|建成|建设|实施|培育|(?<!规模|限额)以上(?!的|项目|企业|工业)/;
/** A review's narrative of the year gone by (`遇到…冲击，全年…增长3%`, `克服了…`). */
const PAST_NARRATIVE = /了|遇到|受到|冲击|面对|经受|克服|战胜|取得|全年/;
/**
 * The qualifiers a planned figure carries and a reported one rarely does
 * (work reports, news quoting them): `增长6.5%左右`, `控制在3%以内`, `预期增长`.
 * 超预期 (beyond expectations) is not one.
 */
const TARGET_QUALIFIERS = /左右|以内|力争|(?<!超)预期/;

const REPORTING_KINDS: ReadonlySet<DocumentKind> = new Set([
  'work-report',
  'plenary-report',
  'infographic',
  'statistical-communique',
  'article',
  'other',
]);

const KIND_WORD: Record<ItemKind, string> = {
  target: '读作目标',
  actual: '读作实绩',
  milestone: '读作节点',
};

export function decideKind(sentence: string, ctx: KindContext): ItemKind {
  return decideKindWithReason(sentence, ctx).kind;
}

export function decideKindWithReason(sentence: string, ctx: KindContext): KindDecision {
  const section = sectionMode(ctx);
  const decide = (kind: ItemKind, basis: KindBasis, why: string): KindDecision => ({
    kind,
    reason: `${KIND_WORD[kind]}：${why}`,
    basis,
    sectionAgrees: section === null ? null : section.mode === kind,
  });
  const reportYear = ctx.reportYear;
  const late =
    reportYear !== null ? ctx.years.find((y) => y.deadline && y.year > reportYear) : undefined;
  if (late) return decide('target', 'deadline', `句中期限${late.year}年尚未到来`);
  if (ctx.docKind === 'statistical-communique')
    return decide('actual', 'communique', '统计公报只报告实绩');
  const mode = section?.mode ?? null;
  const strong = STRONG_TARGET_WORDS.exec(sentence);
  if (strong && mode !== 'actual') return decide('target', 'cue', `句中有“${strong[0]}”`);
  const reported = ACTUAL_WORDS.exec(sentence);
  if (reported && (mode !== 'target' || !REPORTING_KINDS.has(ctx.docKind)))
    return decide('actual', 'cue', `句中有“${reported[0]}”`);
  if (section !== null) return decide(section.mode, 'section', section.reason);
  if (reportYear !== null) {
    const plain = ctx.years.filter((y) => !y.deadline);
    if (plain.length > 0 && plain.every((y) => y.year < reportYear))
      return decide('actual', 'year', `所写年份已过去（报告所述为${reportYear}年）`);
    const later = plain.find((y) => y.year > reportYear);
    if (later) return decide('target', 'year', `${later.year}年晚于报告所述年份`);
  }
  if (!REPORTING_KINDS.has(ctx.docKind)) return decide('target', 'default', '规划文本设定目标');
  const qualifier = TARGET_QUALIFIERS.exec(sentence);
  if (qualifier && ctx.docKind !== 'infographic')
    return decide('target', 'qualifier', `带有目标的限定语“${qualifier[0]}”`);
  // A work report's figure with no review word, no past year and no section to place it
  // (a sentence quoted alone from the report, `规上工业增加值增长16%`) is the report year's plan.
  if (ctx.docKind === 'work-report' && section === null && !PAST_NARRATIVE.test(sentence))
    return decide('target', 'default', '政府工作报告中未见回顾用语，读作报告年的目标');
  const word = TARGET_WORDS.exec(sentence);
  return word && ctx.docKind !== 'infographic'
    ? decide('target', 'default', `句中有“${word[0]}”`)
    : decide('actual', 'default', '报告类文本，未见目标用语');
}

/**
 * The section's mode: the discourse model's role where a heading decided it,
 * else the heading words' mode (成就 vs 目标).
 */
function sectionMode(ctx: KindContext): { mode: 'target' | 'actual'; reason: string } | null {
  const section = ctx.section;
  if (section?.fromTitle) {
    if (section.role === 'neutral') return null;
    return { mode: section.role === 'plan' ? 'target' : 'actual', reason: section.reason };
  }
  const mode = ctx.heading?.mode ?? null;
  if (mode === null) return null;
  return {
    mode,
    reason: mode === 'target' ? '所在章节的标题是部署目标' : '所在章节的标题是回顾成绩',
  };
}

/**
 * A report that recalls the target it met (`国内生产总值增长5.2%，高于5%左右的预期目标`,
 * `完成全年目标`): the number before 的预期目标 is last year's target, not an actual.
 */
const RECALLED_TARGET = /^(?:左右|以上|以内)?(?:的|这一)(?:预期|年度|既定|全年|奋斗)?目标/;

/** `当年实际增长是6.1%`: a result set against a target in the same sentence. */
const REALISED = /实际(?:完成|增长|增速|达到|实现)?[是为了]?[^，。；、]{0,4}$/;

/**
 * A plan's figures (news on a work report, an investment plan: `重大项目计划共安排项目883个`,
 * `年度计划完成2241.3亿元`, `固定资产投资计划增长5%`): 计划 or 共安排 before the number in its
 * sentence makes it a planned figure, even beside 同比 or 去年 (the plan grows on last year's
 * plan). Not a rate of fulfilment (`计划完成率`) nor a clause of its own that reports a result
 * (`完成投资达596.3亿元`).
 */
const PLAN_WORD =
  /(?:项目|年度|投资|全年)计划|计划(?:共|总)?(?:安排|投资|新开工|开工|新建|续建|增长|完成(?!率))|共安排/;
const OWN_RESULT = /完成|实现|实际|达到|累计|已/;

function plannedFigure(sentence: string, mention: { readonly start: number }): boolean {
  const before = sentence.slice(Math.max(0, mention.start - 80), mention.start);
  if (!PLAN_WORD.test(before)) return false;
  const clause = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf('；')) + 1);
  if (/计划完成率/.test(clause)) return false;
  return !OWN_RESULT.test(clause) || PLAN_WORD.test(clause);
}

export function kindOfMention(
  sentence: string,
  mention: { readonly start: number; readonly end: number },
  decision: KindDecision,
): KindDecision {
  if (
    decision.kind === 'actual' &&
    (decision.basis === 'cue' || decision.basis === 'default') &&
    plannedFigure(sentence, mention)
  )
    return {
      kind: 'target',
      reason: '读作目标：数字前有“计划/安排”，为计划数',
      basis: 'cue',
      sectionAgrees: decision.sectionAgrees === null ? null : !decision.sectionAgrees,
    };
  if (
    decision.kind === 'target' &&
    REALISED.test(sentence.slice(Math.max(0, mention.start - 12), mention.start))
  )
    return {
      kind: 'actual',
      reason: '读作实绩：数字前有“实际”',
      basis: 'cue',
      sectionAgrees: decision.sectionAgrees === null ? null : !decision.sectionAgrees,
    };
  const end = mention.end;
  if (decision.kind !== 'actual' || !RECALLED_TARGET.test(sentence.slice(end, end + 10)))
    return decision;
  return {
    kind: 'target',
    reason: '读作目标：数字后是“的预期目标”，为报告所述年份的目标',
    basis: 'cue',
    sectionAgrees: decision.sectionAgrees === null ? null : !decision.sectionAgrees,
    recalledTarget: true,
  };
}
