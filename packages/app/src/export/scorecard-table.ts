import { formatZh } from '@lantu/core';
import type { ScorecardRow } from '../types.js';
import { comparatorSign, unitFactor } from '../plans/figure-text.js';
import { readableSentence } from '../plans/readable-sentence.js';
import { KIND_ZH, REVIEW_ZH, STATUS_ZH } from './export-words.js';

/** One exported cell. */
export type ExportCell = string | number | null;

/** What a row needs besides itself: jurisdiction names (codes never reach a reader). */
export interface ExportContext {
  readonly jurisdictionName: (code: string | null) => string;
}

function display(row: ScorecardRow) {
  return { unit: row.item.unit, baseUnit: row.item.base_unit, factor: unitFactor(row.item) };
}

/** 目标 as a reader says it: `≥2000亿元`, `第1位`, `6%—7%`. */
function targetText(row: ScorecardRow): string {
  const { item } = row;
  if (item.kind === 'milestone' || item.value === null) return '';
  const sign = comparatorSign(item.comparator);
  if (item.measure === 'rank') return `${sign === '≤' ? '前' : ''}第${item.value}位`;
  const unit = item.unit ?? '';
  const upper = item.value_max === null ? '' : `—${item.value_max}${unit}`;
  return `${sign}${item.value}${unit}${upper}`;
}

/** 最新实际: `2693.3亿元`, `第2位`, in the document's unit. */
function latestText(row: ScorecardRow): string {
  const n = row.status.numbers;
  if (n.latest_value === null) return '';
  if (row.item.measure === 'rank') return `第${n.latest_value}位`;
  return `${n.latest_is_bound ? '超过' : ''}${formatZh(n.latest_value, display(row))}`;
}

function growth(value: number | null): string {
  return value === null ? '' : `${Number(value.toFixed(1))}%`;
}

/**
 * The exported columns, in order: Chinese headers a department head reads, values in the
 * units the documents use, no internal codes, no line breaks inside a cell. 目标值 and 单位
 * keep the number itself so it can still be summed.
 */
const COLUMNS: readonly (readonly [
  string,
  (row: ScorecardRow, ctx: ExportContext) => ExportCell,
])[] = [
  ['完成情况', (r) => STATUS_ZH[r.status.status]],
  ['指标', (r) => r.indicator?.name_zh ?? r.item.metric],
  ['目标', (r) => targetText(r)],
  ['目标值', (r) => (r.item.kind === 'milestone' ? null : r.item.value)],
  ['单位', (r) => (r.item.measure === 'rank' ? '位' : r.item.unit)],
  ['目标年份', (r) => r.item.year],
  ['最新实际', (r) => latestText(r)],
  ['实际年份', (r) => r.status.numbers.latest_year],
  ['所需年均增速', (r) => growth(r.status.numbers.required_annual_growth)],
  ['实际年均增速', (r) => growth(r.status.numbers.actual_annual_growth)],
  ['说明', (r) => r.status.explanation.zh],
  ['原文', (r) => readableSentence(r.item.text)],
  ['文件', (r) => r.document.title],
  ['文件类型', (r) => KIND_ZH[r.document.kind]],
  ['发布日期', (r) => r.document.date],
  [
    '章节',
    (r) => (r.section === null ? null : readableSentence(`${r.section.label}${r.section.title}`)),
  ],
  [
    '地区',
    (r, ctx) => ctx.jurisdictionName(r.item.jurisdiction_code ?? r.document.jurisdiction_code),
  ],
  ['类型', (r) => (r.item.kind === 'milestone' ? '任务' : '目标')],
  ['审核状态', (r) => REVIEW_ZH[r.item.review_state]],
];

/** The header row of the table exports. */
export const EXPORT_HEADER: readonly string[] = ['序号', ...COLUMNS.map(([name]) => name)];

/** A scorecard row as export cells, in EXPORT_HEADER order; numbers stay numbers. */
export function exportCells(row: ScorecardRow, index: number, ctx: ExportContext): ExportCell[] {
  return [index + 1, ...COLUMNS.map(([, read]) => read(row, ctx))];
}
