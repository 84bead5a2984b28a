/** The figure pages' words, zh-CN first. Kept here so the workspace chunk carries them. */
import type { Lang } from '../i18n/lang.js';

/** The counts of a read document's preview. */
export interface PreviewCounts {
  readonly items: number;
  readonly targets: number;
  readonly actuals: number;
  readonly milestones: number;
  readonly linked: number;
  readonly outline: number;
}

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
  uploadTitle: '上传文档',
  uploadHelp:
    '支持 PDF、DOCX、MD、TXT、HTML。标题、类型、日期、规划期末年份可留空，由系统从原文推断。',
  docTitle: '标题',
  docKind: '类型',
  docDate: '日期',
  docHorizon: '规划期末年份',
  inferred: '留空则从原文推断',
  chooseDocument: '选择文档并读取',
  reading: '正在读取…',
  docRead: '已读取并保存，请在阅读页审核读出的内容',
  docUnchanged: '相同内容的文档已存在，未做更改',
  docItems: '读出的条目',
  docItemsText: (items: number, linked: number) => `${items} 条，其中 ${linked} 条已关联指标`,
  openReader: '打开阅读页审核',
  previewTitle: '读取结果预览（尚未保存）',
  previewHelp: '请核对读出的标题、类型和条目；确认后才会保存。',
  previewCounts: (c: PreviewCounts) =>
    `共 ${c.items} 条：目标 ${c.targets} 条、实际值 ${c.actuals} 条、里程碑 ${c.milestones} 条；${c.linked} 条已关联指标；目录 ${c.outline} 项`,
  firstItems: '前几条',
  alreadyStored: '相同文件已保存过，确认也不会重复保存',
  confirmSave: '确认保存',
  cancelled: '已取消，未保存任何内容',
  itemKind: { target: '目标', actual: '实际值', milestone: '里程碑' } as Record<string, string>,
  manageTitle: '已保存的文档',
  replace: '替换为新版本',
  replaceHelp: '重新读取新文件；内容未变的条目保留原审核结论',
  replaced: (kept: number, dropped: number) =>
    `已替换为新版本：保留 ${kept} 条审核结论${dropped > 0 ? `，${dropped} 条（更正过或原文已改）未能保留，请重新审核` : ''}`,
  replaceUnchanged: '新文件与原文件内容相同，未做更改',
  remove: '删除',
  removeConfirm: '确定删除这份文档吗？读出的条目、指标关联和数据将一并删除（操作记录保留）。',
  removed: '已删除',
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
  uploadTitle: 'Upload a document',
  uploadHelp:
    'PDF, DOCX, MD, TXT or HTML. Title, kind, date and horizon may be left empty: they are inferred from the text.',
  docTitle: 'Title',
  docKind: 'Kind',
  docDate: 'Date',
  docHorizon: 'Horizon year',
  inferred: 'Inferred from the text if empty',
  chooseDocument: 'Choose a document and read it',
  reading: 'Reading…',
  docRead: 'Read and stored: review what was read in the reader',
  docUnchanged: 'A document with the same text is already stored: nothing changed',
  docItems: 'Items read',
  docItemsText: (items, linked) => `${items}, of which ${linked} linked to an indicator`,
  openReader: 'Open it in the reader to review',
  previewTitle: 'What was read (not stored yet)',
  previewHelp: 'Check the title, kind and items read; nothing is stored until you confirm.',
  previewCounts: (c) =>
    `${c.items} items: ${c.targets} targets, ${c.actuals} actuals, ${c.milestones} milestones; ${c.linked} linked to an indicator; ${c.outline} outline entries`,
  firstItems: 'First items',
  alreadyStored: 'This very file is already stored: confirming stores nothing new',
  confirmSave: 'Confirm and store',
  cancelled: 'Cancelled: nothing was stored',
  itemKind: { target: 'Target', actual: 'Actual', milestone: 'Milestone' },
  manageTitle: 'Stored documents',
  replace: 'Replace with a new version',
  replaceHelp: 'Reads the new file; unchanged items keep their review decisions',
  replaced: (kept, dropped) =>
    `Replaced: ${kept} review decisions kept${dropped > 0 ? `; ${dropped} (corrected or changed in the text) not kept, review them again` : ''}`,
  replaceUnchanged: 'The new file has the same content: nothing changed',
  remove: 'Delete',
  removeConfirm:
    'Delete this document? Its items, links and figures go with it (the history stays).',
  removed: 'Deleted',
};

export function figureWords(lang: Lang): FigureWords {
  return lang === 'zh' ? zh : en;
}
