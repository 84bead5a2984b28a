/** Document kinds as a poster's header names them. */
import type { DocumentKind } from '@lantu/core';
import type { Bilingual } from './types.js';

const KIND_NAMES: Readonly<Record<DocumentKind, Bilingual>> = {
  'five-year-plan': { zh: '五年规划', en: 'Five-year plan' },
  'plan-proposal': { zh: '规划建议', en: 'Plan proposal' },
  'work-report': { zh: '政府工作报告', en: 'Government work report' },
  'plenary-report': { zh: '全会报告', en: 'Plenary report' },
  infographic: { zh: '一图读懂', en: 'Infographic' },
  article: { zh: '文章', en: 'Article' },
  'statistical-communique': { zh: '统计公报', en: 'Statistical communiqué' },
  other: { zh: '文件', en: 'Document' },
};

/** The kind's name in both languages. */
export function kindName(kind: DocumentKind): Bilingual {
  return KIND_NAMES[kind];
}
