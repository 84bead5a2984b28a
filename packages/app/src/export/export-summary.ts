import { STATUS_CODES, type StatusCode } from '@lantu/core';
import type { ScorecardFilter } from '../types.js';
import { chineseDate, STATUS_ZH } from './export-words.js';

/** The filter in words, for the summary sheet and the file name (empty when none). */
export function filterWords(
  filter: ScorecardFilter,
  names: {
    readonly jurisdiction?: string | undefined;
    readonly document?: string | undefined;
    readonly indicator?: string | undefined;
  },
): string[] {
  const words: string[] = [];
  if (names.jurisdiction !== undefined) words.push(names.jurisdiction);
  if (names.document !== undefined) words.push(names.document);
  if (filter.status !== undefined) words.push(STATUS_ZH[filter.status]);
  if (filter.kind !== undefined) words.push(filter.kind === 'milestone' ? '任务' : '目标');
  if (filter.year !== undefined) words.push(`${filter.year}年`);
  if (names.indicator !== undefined) words.push(names.indicator);
  if (filter.q !== undefined) words.push(`含“${filter.q}”`);
  return words;
}

/** The 汇总 sheet: title, 截至 date, filter, then the count per status and the total. */
export function summaryRows(
  counts: {
    readonly asOf: string;
    /** Rows per status over the filter without its status. */
    readonly totals: Readonly<Record<StatusCode, number>>;
    /** Rows in the file. */
    readonly exported: number;
  },
  filter: readonly string[],
): (string | number)[][] {
  const perStatus = STATUS_CODES.map((code) => [STATUS_ZH[code], counts.totals[code]] as const);
  return [
    ['蓝图 · 规划目标完成情况'],
    ['截至', chineseDate(counts.asOf)],
    ['筛选', filter.length === 0 ? '全部' : filter.join('，')],
    ['导出行数', counts.exported],
    [],
    ['完成情况', '项数'],
    ...perStatus.map(([word, n]) => [word, n]),
    ['合计', perStatus.reduce((sum, [, n]) => sum + n, 0)],
  ];
}

/** 蓝图目标清单-截至2026-03-01-义乌市-未完成.xlsx: the filter is in the name. */
export function exportFileName(asOf: string, filter: readonly string[], extension: string): string {
  const safe = filter.map((word) => word.replace(/[\\/:*?"<>|\s]+/gu, ''));
  return [`蓝图目标清单-截至${asOf}`, ...safe].join('-') + `.${extension}`;
}
