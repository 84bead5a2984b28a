import { extname } from 'node:path';
import { LantuError, type Actor, type ReportingFrequency } from '@lantu/core';
import type { NewAssignment, StoredItem, StoredUnit } from '@lantu/store';
import type { AppContext } from '../app-context.js';
import { readCsv } from '../import/read-csv.js';
import { readXlsx } from '../import/read-xlsx.js';
import { cellText, type Cell, type TableRows } from '../import/table.js';
import type { ImportRowError } from '../types.js';
import { dueDateText } from './due-date-text.js';
import { frequencyText } from './frequency-text.js';
import type { AssignmentImportResult } from './types.js';

type Column = 'subject' | 'lead' | 'supporting' | 'due' | 'frequency';

const HEADERS: Readonly<Record<Column, readonly string[]>> = {
  subject: ['目标/指标', '目标', '指标', '目标任务', '任务', '指标名称', '目标指标'],
  lead: ['牵头单位', '责任单位', '牵头部门'],
  supporting: ['配合单位', '协同单位', '配合部门'],
  due: ['完成时限', '完成时间', '时限', '截止时间'],
  frequency: ['填报频次', '报送频次', '频次'],
};
const COLUMN_WORDS: Readonly<Record<Column, string>> = {
  subject: '目标/指标',
  lead: '牵头单位',
  supporting: '配合单位',
  due: '完成时限',
  frequency: '填报频次',
};
const REQUIRED: readonly Column[] = ['subject', 'lead', 'due'];

/**
 * Assignments from a 任务分解表 (XLSX or CSV). Each row's target is found by its words
 * among the tracked items (in `documentId` when given), units by name. Every row is
 * checked first; with any problem nothing is stored and each problem names its row and
 * column. Frequency defaults to 年报 when the table has no 填报频次 column.
 */
export async function importAssignments(
  ctx: AppContext,
  fileName: string,
  bytes: Uint8Array,
  actor: Actor,
  today: string,
  documentId?: string,
): Promise<AssignmentImportResult> {
  const rows = await readTable(fileName, bytes);
  const fail = (errors: ImportRowError[]): AssignmentImportResult => ({
    fileName,
    assigned: 0,
    errors,
  });
  const header = rows[0] ?? [];
  const columns = mapColumns(header);
  const missing = REQUIRED.filter((c) => columns[c] === undefined);
  if (missing.length > 0) {
    return fail([{ row: 1, message: `缺少列：${missing.map((c) => COLUMN_WORDS[c]).join('、')}` }]);
  }
  const data = rows
    .map((cells, index) => ({ cells, row: index + 1 }))
    .slice(1)
    .filter(({ cells }) => cells.some((cell) => cellText(cell) !== ''));
  if (data.length === 0) return fail([{ row: 1, message: '表头下没有数据行' }]);

  const items = (await ctx.store.items.list(documentId === undefined ? {} : { documentId })).filter(
    (item) =>
      (item.kind === 'target' || item.kind === 'milestone') && item.review_state !== 'rejected',
  );
  const units = await ctx.store.units.list();
  const errors: ImportRowError[] = [];
  const assignments: NewAssignment[] = [];
  for (const { cells, row } of data) {
    const cell = (c: Column): string => cellText(columnCell(cells, columns[c]));
    const problem = (c: Column, message: string) =>
      errors.push({ row, message: `第${row}行“${COLUMN_WORDS[c]}”列：${message}` });

    const item = findItem(items, cell('subject'));
    if (typeof item === 'string') problem('subject', item);
    const lead = findUnit(units, cell('lead'));
    if (typeof lead === 'string') problem('lead', lead);
    const supporting = splitNames(cell('supporting')).map((name) => findUnit(units, name));
    for (const s of supporting) if (typeof s === 'string') problem('supporting', s);
    const dueText = cell('due');
    const due = dueDateText(dueText);
    if (due === null)
      problem(
        'due',
        dueText === '' ? '不能为空' : `“${dueText}”不是日期（如 2026-12-31、2026年底）`,
      );
    else if (due < today) problem('due', `完成时限${due}早于今天${today}`);
    let frequency: ReportingFrequency = 'yearly';
    if (columns.frequency !== undefined && cell('frequency') !== '') {
      const f = frequencyText(cell('frequency'));
      if (f === null) problem('frequency', `“${cell('frequency')}”不是月报、季报、半年报或年报`);
      else frequency = f;
    }
    if (typeof item === 'string' || typeof lead === 'string' || due === null) continue;
    if (supporting.some((s) => typeof s === 'string')) continue;
    assignments.push({
      subject_type: 'item',
      subject_id: item.id,
      document_id: item.document_id,
      title: item.metric,
      lead_unit_id: lead.id,
      supporting_unit_ids: supporting.flatMap((s) => (typeof s === 'string' ? [] : [s.id])),
      start_date: today,
      due_date: due,
      frequency,
    });
  }
  if (errors.length > 0) return fail(errors);
  await ctx.store.assignments.createMany(assignments, actor);
  return { fileName, assigned: assignments.length, errors: [] };
}

async function readTable(fileName: string, bytes: Uint8Array): Promise<TableRows> {
  const extension = extname(fileName).toLowerCase();
  if (extension === '.xlsx') return readXlsx(bytes, fileName);
  if (extension === '.csv') return readCsv(bytes, fileName);
  throw new LantuError('UNSUPPORTED_FORMAT', `${fileName}：任务分解表须为 .xlsx 或 .csv 文件`);
}

function mapColumns(header: readonly Cell[]): Partial<Record<Column, number>> {
  const map: Partial<Record<Column, number>> = {};
  header.forEach((cell, index) => {
    const text = cellText(cell).replace(/\s+/gu, '');
    for (const [column, names] of Object.entries(HEADERS) as [Column, readonly string[]][]) {
      if (map[column] === undefined && names.includes(text)) map[column] = index;
    }
  });
  return map;
}

function columnCell(cells: readonly Cell[], index: number | undefined): Cell | undefined {
  return index === undefined ? undefined : cells[index];
}

function splitNames(text: string): string[] {
  return text
    .split(/[、,，;；\s]+/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function findUnit(units: readonly StoredUnit[], name: string): StoredUnit | string {
  if (name === '') return '不能为空';
  const found = units.filter((u) => u.name === name);
  if (found.length === 1 && found[0] !== undefined) return found[0];
  return found.length === 0 ? `没有单位“${name}”` : `单位“${name}”不唯一`;
}

/** The one tracked item the words name: its metric exactly, else a metric containing them. */
function findItem(items: readonly StoredItem[], words: string): StoredItem | string {
  if (words === '') return '不能为空';
  const exact = items.filter((item) => item.metric === words);
  const found = exact.length > 0 ? exact : items.filter((item) => item.metric.includes(words));
  if (found.length === 1 && found[0] !== undefined) return found[0];
  if (found.length === 0) return `没有找到目标“${words}”`;
  const names = [...new Set(found.map((i) => `${i.metric}（${i.year ?? '—'}年）`))]
    .slice(0, 3)
    .join('、');
  return `“${words}”对应多个目标：${names}，请写完整或指定规划`;
}
