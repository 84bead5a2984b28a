import type { DocumentKind } from '../../model/document.js';
import type { ItemKind } from '../../model/item.js';
import type { HeadingContext } from './heading-context.js';
import type { YearMention } from './years.js';

/**
 * Whether a sentence commits to numbers (targets) or reports them (actuals).
 * In order: a deadline after the report year; words only reports use
 * (比上年, 同比, 五年来); words only commitments use (力争, 确保, 预期);
 * the section's heading (成就 vs 目标); the kind of document.
 */
export interface KindContext {
  readonly docKind: DocumentKind;
  readonly reportYear: number | null;
  readonly heading: HeadingContext | null;
  readonly years: readonly YearMention[];
}

/** Words only a report of results uses. */
const ACTUAL_WORDS =
  /五年来|过去五年|过去一年|去年|累计完成|已建成|已经|已完成|荣获|获评|入选|蝉联|连续\d+年|连续[两三四五六七八九十]+年|成功创建|圆满完成|首次|比上年|较上年|同比/;
/** Words only a commitment uses; 拟 and 今年 mark a work report's plans for its year. */
const STRONG_TARGET_WORDS = /力争|确保|争取|预期目标|主要预期|目标是|拟|今年|明年|到\d{4}年/;
const TARGET_WORDS = /预期|目标|计划|将|努力|加快|推动|打造|建成|建设|实施|培育|以上(?!的)/;

const REPORTING_KINDS: ReadonlySet<DocumentKind> = new Set([
  'work-report',
  'plenary-report',
  'infographic',
  'statistical-communique',
  'article',
  'other',
]);

export function decideKind(sentence: string, ctx: KindContext): ItemKind {
  const reportYear = ctx.reportYear;
  if (reportYear !== null && ctx.years.some((y) => y.deadline && y.year > reportYear))
    return 'target';
  if (ctx.docKind === 'statistical-communique') return 'actual';
  const mode = ctx.heading?.mode ?? null;
  if (STRONG_TARGET_WORDS.test(sentence) && mode !== 'actual') return 'target';
  if (ACTUAL_WORDS.test(sentence) && (mode !== 'target' || !REPORTING_KINDS.has(ctx.docKind)))
    return 'actual';
  if (mode !== null) return mode;
  if (reportYear !== null) {
    const plain = ctx.years.filter((y) => !y.deadline);
    if (plain.length > 0 && plain.every((y) => y.year < reportYear)) return 'actual';
    if (plain.some((y) => y.year > reportYear)) return 'target';
  }
  if (!REPORTING_KINDS.has(ctx.docKind)) return 'target';
  return TARGET_WORDS.test(sentence) && ctx.docKind !== 'infographic' ? 'target' : 'actual';
}
