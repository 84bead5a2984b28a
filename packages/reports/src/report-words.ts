import type { PlanEvaluation } from '@lantu/app';
import { dateWords, type RollUp } from '@lantu/core';

/** 75.0%, or 不适用 when nothing can be judged. */
export function rate(value: number | null): string {
  return value === null ? '不适用' : `${(value * 100).toFixed(1)}%`;
}

/** 2026-03-01 → 2026年3月1日 */
export function chineseDate(iso: string): string {
  return dateWords(iso)?.zh ?? iso;
}

/** 2026-12-04 → 4 Dec 2026 (the web app's English date style). */
export function englishDate(iso: string): string {
  return dateWords(iso)?.en ?? iso;
}

/** 已完成3项，未完成1项，暂无数据115项 — only the statuses present. */
export function countsSentence(roll: RollUp): string {
  const parts: string[] = [];
  const words: readonly [keyof RollUp['counts'], string][] = [
    ['achieved', '已完成'],
    ['on-track', '进展顺利'],
    ['at-risk', '存在风险'],
    ['off-track', '进度滞后'],
    ['missed', '未完成'],
    ['no-data', '暂无数据'],
    ['not-yet-due', '尚未到期'],
  ];
  for (const [code, word] of words) {
    const n = roll.counts[code];
    if (n > 0) parts.push(`${word}${n}项`);
  }
  return parts.length === 0 ? '无' : parts.join('，');
}

/** The 总体评价 paragraph. */
export function overallParagraph(evaluation: PlanEvaluation): string {
  const { overall, plan } = evaluation;
  const targets = evaluation.rows.filter((row) => row.kind === 'target').length;
  const tasks = evaluation.rows.length - targets;
  return [
    `${plan.name}（${plan.start_year}—${plan.end_year}年）共有目标${overall.total}项，其中量化指标${targets}项、有时限的任务${tasks}项。`,
    `截至${chineseDate(evaluation.as_of)}，已到期${overall.due}项，其中有实际数据可评价${overall.assessed}项。`,
    `各项情况：${countsSentence(overall)}。`,
    `完成率（已完成÷可评价）为${rate(overall.completionRate)}，数据覆盖率（可评价÷已到期）为${rate(overall.coverage)}。`,
  ].join('');
}

/** The method appendix, in plain Chinese; the full method is docs/status-method.md. */
export const METHOD_PARAGRAPHS: readonly string[] = [
  '本报告由蓝图根据公开文件自动生成，为评估报告草稿，须经规划主管部门审核。',
  '目标来自规划文件（规划建议、规划纲要）中规划期内的量化目标和有时限的任务；实际值来自后续文件（政府工作报告、统计公报）和经审核的部门填报、导入数据，每个数字均注明出处。',
  '完成情况按公开方法判定：期末目标以最新实际值与目标值比较（含“以上”“左右”等比较方式和容差）；期中以实际年均增速与所需年均增速之比（欧盟统计局方法）判断进展顺利、存在风险或进度滞后；位次目标比较同一口径的位次；年度目标逐年判定；任务类目标依据完成情况的报告判定。',
  '完成率 = 已完成项数 ÷ 已到期且有实际数据的项数；数据覆盖率 = 已到期且有实际数据的项数 ÷ 已到期项数。暂无数据的目标不计入完成率，单独列出。',
  '详细方法见项目文档 docs/status-method.md（评价方法）。',
];
