/** Document kinds in the words planning offices use. */
import type { DocumentSummary } from '../api/types.js';
import type { Lang } from '../i18n/lang.js';

type DocumentKind = DocumentSummary['kind'];

const KIND_WORDS: Readonly<Record<DocumentKind, { readonly zh: string; readonly en: string }>> = {
  'five-year-plan': { zh: '五年规划', en: 'five-year plan' },
  'plan-proposal': { zh: '规划建议', en: 'plan proposal' },
  'work-report': { zh: '政府工作报告', en: 'government work report' },
  'plenary-report': { zh: '全会报告', en: 'plenary report' },
  infographic: { zh: '一图读懂', en: 'infographic' },
  article: { zh: '文章', en: 'article' },
  'statistical-communique': { zh: '统计公报', en: 'statistical communiqué' },
  other: { zh: '其他', en: 'other' },
};

export function documentKindLabel(kind: DocumentKind, lang: Lang): string {
  return KIND_WORDS[kind][lang];
}
