import type { BattleMap, BattleMapEntry } from '@lantu/app';
import { escapeHtml, type StatusCode } from '@lantu/core';
import { chineseDate, englishDate } from './report-words.js';

/** Status colours, as on the screen: red for missed, amber for at risk, green for achieved. */
const STATUS_COLOURS: Readonly<Record<StatusCode, { readonly bg: string; readonly fg: string }>> = {
  achieved: { bg: '#15803d', fg: '#ffffff' },
  'on-track': { bg: '#65a30d', fg: '#ffffff' },
  'at-risk': { bg: '#d97706', fg: '#111827' },
  'off-track': { bg: '#ea580c', fg: '#ffffff' },
  missed: { bg: '#b91c1c', fg: '#ffffff' },
  'not-yet-due': { bg: '#e5e7eb', fg: '#111827' },
  'no-data': { bg: '#ffffff', fg: '#374151' },
};

const LEGEND: readonly StatusCode[] = [
  'achieved',
  'on-track',
  'at-risk',
  'off-track',
  'missed',
  'no-data',
  'not-yet-due',
];

/** Column widths of the chart as authored (before any shrinking to fit the sheet). */
const FIELD_COLUMN_MM = 70;
const CHIP_MM = 50;
const EMPTY_COLUMN_MM = 14;

function chip(entry: BattleMapEntry, lang: 'zh' | 'en'): string {
  const colour = STATUS_COLOURS[entry.status];
  const target = entry.target === '' ? '' : ` <span class="t">${escapeHtml(entry.target)}</span>`;
  return `<div class="chip ${entry.kind}" style="background:${colour.bg};color:${colour.fg}" title="${escapeHtml(entry.status_label[lang])}">${escapeHtml(entry.label)}${target}</div>`;
}

/**
 * The 作战图 as one self-contained page for a wall: A1 landscape (841 × 594 mm), units
 * (or fields) down the side, the quarters of the plan's years across, every target and task a coloured chip. All text
 * from documents is escaped.
 */
export function battleMapHtml(map: BattleMap, lang: 'zh' | 'en' = 'zh'): string {
  const title = lang === 'zh' ? `${map.plan.name}作战图` : `${map.plan.name} — battle map`;
  // One date style per language, as on screen (issue 12): 2026年12月4日 / 4 Dec 2026.
  const asOf = lang === 'zh' ? `截至${chineseDate(map.as_of)}` : `as of ${englishDate(map.as_of)}`;
  const legend = LEGEND.map((code) => {
    const colour = STATUS_COLOURS[code];
    const word = LEGEND_WORDS[code][lang];
    return `<span class="key" style="background:${colour.bg};color:${colour.fg}">${escapeHtml(word)} ${map.counts[code]}</span>`;
  }).join('');
  // Two heading rows: the years, then their quarters (一季度 … 四季度).
  const years = [...new Set(map.columns.map((column) => column.year))];
  const yearHead = years
    .map((year) => {
      const span = map.columns.filter((column) => column.year === year).length;
      return `<th colspan="${span}">${year}${lang === 'zh' ? '年' : ''}</th>`;
    })
    .join('');
  const quarterHead = map.columns
    .map(
      (column) =>
        `<th class="q">${lang === 'zh' ? `${'一二三四'[column.quarter - 1]}季度` : `Q${column.quarter}`}</th>`,
    )
    .join('');
  // Each column as wide as its busiest cell needs (a chip is some 50 mm; a crowded quarter
  // gets several chips a line), a quarter with nothing due stays narrow. The table is never
  // narrower than the sheet; a chart wider than the sheet is shrunk to fit it when printed.
  const busiest = map.columns.map((_, i) =>
    Math.max(0, ...map.rows.map((row) => row.cells[i]?.length ?? 0)),
  );
  const widths = busiest.map((count) =>
    count === 0 ? EMPTY_COLUMN_MM : CHIP_MM * Math.min(10, Math.ceil(count / 4)),
  );
  const tableWidth = FIELD_COLUMN_MM + widths.reduce((sum, w) => sum + w, 0);
  const cols = `<colgroup><col style="width:${FIELD_COLUMN_MM}mm">${widths
    .map((w) => `<col style="width:${w}mm">`)
    .join('')}</colgroup>`;
  const axisWord =
    map.axis === 'unit' ? (lang === 'zh' ? '责任单位' : 'Unit') : lang === 'zh' ? '领域' : 'Field';
  const body = map.rows
    .map(
      (row) =>
        `<tr><th class="field">${escapeHtml(row.name)}</th>${row.cells
          .map((cell) => `<td>${cell.map((entry) => chip(entry, lang)).join('')}</td>`)
          .join('')}</tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
@page { size: 841mm 594mm; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; padding: 12mm; font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif; color: #111827; }
h1 { font-size: 30pt; margin: 0 0 4mm; }
.meta { font-size: 14pt; margin-bottom: 6mm; display: flex; gap: 4mm; flex-wrap: wrap; align-items: center; }
.key { padding: 1mm 3mm; border: 1px solid #9ca3af; border-radius: 2mm; }
table { width: ${tableWidth}mm; min-width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 1px solid #9ca3af; vertical-align: top; padding: 2mm; }
thead th { background: #1f2937; color: #fff; font-size: 16pt; }
thead th.q { font-size: 11pt; background: #374151; }
th.field { text-align: left; font-size: 12pt; background: #f3f4f6; }
td { font-size: 8pt; padding: 1mm; }
.chip { display: inline-block; margin: 0 1.5mm 1.5mm 0; padding: 0.8mm 2mm; border: 1px solid #9ca3af; border-radius: 1.5mm; line-height: 1.35; break-inside: avoid; }
.chip.milestone { border-style: dashed; }
.chip .t { font-weight: bold; }
</style></head>
<body><h1>${escapeHtml(title)}</h1>
<div class="meta"><span>${escapeHtml(asOf)}</span>${legend}</div>
<table>${cols}<thead><tr><th class="field" rowspan="2">${axisWord}</th>${yearHead}</tr><tr>${quarterHead}</tr></thead><tbody>${body}</tbody></table>
</body></html>`;
}

const LEGEND_WORDS: Readonly<Record<StatusCode, { readonly zh: string; readonly en: string }>> = {
  achieved: { zh: '已完成', en: 'Achieved' },
  'on-track': { zh: '进展顺利', en: 'On track' },
  'at-risk': { zh: '存在风险', en: 'At risk' },
  'off-track': { zh: '进度滞后', en: 'Off track' },
  missed: { zh: '未完成', en: 'Missed' },
  'no-data': { zh: '暂无数据', en: 'No data' },
  'not-yet-due': { zh: '尚未到期', en: 'Not yet due' },
};
