import type { DocumentKind, ReviewState, StatusCode } from '@lantu/core';

/** Chinese words for the codes an export would otherwise show. */
export const STATUS_ZH: Readonly<Record<StatusCode, string>> = {
  achieved: '已完成',
  'on-track': '进展顺利',
  'at-risk': '存在风险',
  'off-track': '进度滞后',
  missed: '未完成',
  'not-yet-due': '尚未到期',
  'no-data': '暂无数据',
};

export const KIND_ZH: Readonly<Record<DocumentKind, string>> = {
  'five-year-plan': '五年规划纲要',
  'plan-proposal': '规划建议',
  'work-report': '政府工作报告',
  'plenary-report': '全会报告',
  infographic: '一图读懂',
  article: '报道',
  'statistical-communique': '统计公报',
  other: '其他文件',
};

export const REVIEW_ZH: Readonly<Record<ReviewState, string>> = {
  extracted: '未经审核',
  confirmed: '已确认',
  corrected: '已更正',
  rejected: '已否定',
};

/** 2026-03-01 → 2026年3月1日 */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
