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

const ACTUAL_WORDS = /比上年|较上年|同比|上年|五年来|过去五年|累计完成|已建成|已经|已完成|荣获|获评|入选|蝉联|连续\d+年|连续[两三四五六七八九十]+年|成功创建|圆满完成/;
const TARGET_WORDS = /力争|确保|争取|预期|目标|计划|将|努力|加快|推动|打造|建成|建设|实施|培育|以上(?!的)/;

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
  if (reportYear !== null && ctx.years.some((y) => y.deadline && y.year > reportYear)) return 'target';
  if (ctx.docKind === 'statistical-communique') return 'actual';
  if (ACTUAL_WORDS.test(sentence)) return 'actual';
  const mode = ctx.heading?.mode ?? null;
  if (mode !== null) return mode;
  if (reportYear !== null) {
    const plain = ctx.years.filter((y) => !y.deadline);
    if (plain.length > 0 && plain.every((y) => y.year < reportYear)) return 'actual';
    if (plain.some((y) => y.year > reportYear)) return 'target';
  }
  if (!REPORTING_KINDS.has(ctx.docKind)) return 'target';
  return TARGET_WORDS.test(sentence) && ctx.docKind !== 'infographic' ? 'target' : 'actual';
}
