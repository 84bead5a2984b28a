import type { Item } from '../../model/item.js';
import type { YearDecision } from './item-year.js';
import type { KindBasis, KindDecision } from './kind.js';

/**
 * How sure the reader is of one item, from the rules that fired: what decided
 * its kind (a deadline or a section heading is firmer than a default), whether
 * the section agrees, whether its year was written or inferred, whether a
 * comparator word was seen, and whether a metric name was found. Each rule
 * moves a neutral 0.5 by a fixed step and leaves a reason for the review screen.
 */
export interface ItemEvidence {
  readonly kind: KindDecision;
  readonly year: YearDecision;
}

const KIND_STEP: Record<KindBasis, readonly [number, string]> = {
  deadline: [0.2, '类型：句中有未到的期限'],
  communique: [0.25, '类型：统计公报'],
  cue: [0.15, '类型：句中有明确用语'],
  section: [0.15, '类型：由所在章节决定'],
  year: [0.1, '类型：由所写年份推断'],
  qualifier: [0.05, '类型：仅凭“左右”等限定语'],
  default: [-0.1, '类型：按文本种类默认'],
};

const YEAR_STEP: Record<YearDecision['basis'], readonly [number, string]> = {
  sentence: [0.15, '年份：句中写明'],
  heading: [0.1, '年份：取自章节标题'],
  relative: [0.05, '年份：由规划期推算'],
  'report-year': [-0.05, '年份：未写，取报告所述年份'],
  horizon: [-0.05, '年份：未写，取文件目标年'],
};

/** What the reader says of its own certainty about one item: the fields `Item` has for it. */
export interface Judgement {
  readonly confidence: number;
  readonly reason: string;
  readonly confidence_reasons: readonly string[];
}

/** The fields of an item the confidence rules look at (a draft has them before the item is built). */
type Judged = Pick<Item, 'kind' | 'comparator' | 'metric' | 'unit' | 'measure' | 'year'>;

/** Code points of a string, without the array `[...text]` would make. */
function codePointLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A high surrogate and its low surrogate are one code point.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) i++;
    length++;
  }
  return length;
}

export function judge(item: Judged, evidence: ItemEvidence): Judgement {
  const steps: (readonly [number, string])[] = [];
  steps.push(KIND_STEP[evidence.kind.basis]);
  if (evidence.kind.basis !== 'section' && evidence.kind.sectionAgrees === true)
    steps.push([0.1, '所在章节的作用与之相符']);
  if (evidence.kind.sectionAgrees === false) steps.push([-0.15, '所在章节的作用与之相反']);
  if (evidence.year.year === null) steps.push([-0.2, '年份：无从得知']);
  else if (evidence.year.basis === 'heading' && !evidence.year.explicit)
    steps.push([0, '年份：取自章节标题的规划期']);
  else steps.push(YEAR_STEP[evidence.year.basis]);
  if (item.kind !== 'milestone') {
    if (item.comparator !== null && item.comparator !== '=') steps.push([0.05, '比较词明确']);
    else if (item.kind === 'target') steps.push([-0.05, '目标未见比较词']);
  }
  const metricLength = codePointLength(item.metric);
  if (metricLength === 0) steps.push([-0.25, '未找到指标名']);
  else if (metricLength === 1) steps.push([-0.15, '指标名只有一个字']);
  else if (metricLength > 24) steps.push([-0.1, '指标名过长']);
  else steps.push([0.05, '找到指标名']);
  if (item.kind !== 'milestone' && item.unit === null && item.measure !== 'rank')
    steps.push([-0.05, '未写单位']);
  const total = steps.reduce((sum, [step]) => sum + step, 0.5);
  const confidence = Math.round(Math.min(0.99, Math.max(0.05, total)) * 100) / 100;
  return {
    confidence,
    reason: `${evidence.kind.reason}；${yearReason(item, evidence.year)}`,
    confidence_reasons: steps
      .filter(([step]) => step !== 0)
      .map(([step, why]) => `${step > 0 ? '+' : '−'} ${why}`),
  };
}

/** 从A提高到B: the first figure's year is the start of the period, not the year decided. */
function yearReason(item: Judged, year: YearDecision): string {
  if (item.year === year.year || item.year === null) return year.reason;
  return `“从…到…”的起点，取${item.year}年`;
}
