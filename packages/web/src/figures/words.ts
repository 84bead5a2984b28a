/** The figure pages' words, zh-CN first. Kept here so the workspace chunk carries them. */
import type { Lang } from '../i18n/lang.js';

const zh = {
  title: '数据录入',
  entry: '直接录入',
  enter: '录入数据',
  target: '目标/指标',
  period: '时期',
  periodHelp: '如 2025、2025-H1、2025-Q3、2025-M05',
  value: '数值',
  unit: '单位',
  note: '数据来源',
  notePlaceholder: '如：2025年义乌市国民经济和社会发展统计公报',
  author: '录入人',
  enteredAt: '录入时间',
  actions: '操作',
  correct: '更正',
  withdraw: '撤回',
  withdrawConfirm: '确定撤回这条数据吗？撤回后目标状态将重新计算。',
  save: '保存',
  cancel: '取消',
  none: '暂无直接录入的数据',
  saved: '已保存',
  withdrawn: '已撤回',
  importTitle: '导入统计表（CSV/XLSX）',
  importHelp: '先预览每一行的结果；全部通过后才能确认导入（有一行不通过则一行都不导入）。',
  template: '下载导入模板',
  chooseFile: '选择文件',
  row: '行号',
  result: '结果',
  accepted: '通过',
  refused: '不通过',
  figures: '条数据',
  confirmImport: '确认导入',
  imported: (n: number, skipped: number) =>
    `已导入 ${n} 条数据${skipped > 0 ? `，${skipped} 条已存在未重复导入` : ''}`,
  previewSummary: (ok: number, bad: number) => `${ok} 行通过，${bad} 行不通过`,
  notAllAccepted: '有不通过的行，请修改文件后重新上传',
};

export type FigureWords = typeof zh;

const en: FigureWords = {
  title: 'Figures',
  entry: 'Direct entry',
  enter: 'Enter a figure',
  target: 'Target',
  period: 'Period',
  periodHelp: 'e.g. 2025, 2025-H1, 2025-Q3, 2025-M05',
  value: 'Value',
  unit: 'Unit',
  note: 'Source',
  notePlaceholder: 'e.g. Yiwu statistical communiqué 2025',
  author: 'Entered by',
  enteredAt: 'Entered',
  actions: 'Actions',
  correct: 'Correct',
  withdraw: 'Withdraw',
  withdrawConfirm: 'Withdraw this figure? The target’s status is computed again.',
  save: 'Save',
  cancel: 'Cancel',
  none: 'No figures entered by hand yet',
  saved: 'Saved',
  withdrawn: 'Withdrawn',
  importTitle: 'Import a table (CSV/XLSX)',
  importHelp:
    'Preview every row first; confirm once all rows pass (if one row fails, none is imported).',
  template: 'Download the template',
  chooseFile: 'Choose a file',
  row: 'Row',
  result: 'Result',
  accepted: 'Accepted',
  refused: 'Refused',
  figures: 'figures',
  confirmImport: 'Confirm import',
  imported: (n, skipped) =>
    `Imported ${n} figures${skipped > 0 ? `; ${skipped} were already there` : ''}`,
  previewSummary: (ok, bad) => `${ok} rows accepted, ${bad} refused`,
  notAllAccepted: 'Some rows are refused: fix the file and upload it again',
};

export function figureWords(lang: Lang): FigureWords {
  return lang === 'zh' ? zh : en;
}
