import type { Comparator, Item, ItemKind, Measure } from '../../model/item.js';
import { baseValueOf, scanQuantities } from '../numbers/scan-quantities.js';
import { unitInfo, magnitudeOf } from '../numbers/units.js';
import type { Heading } from '../outline/read-outline.js';
import { type NormalizedText, toOriginalSpan } from '../text/normalize.js';
import { findPipeTables, type PipeTable, type TableCell, type TableRow } from './parse-table.js';

/**
 * Reads a plan's main-indicator table: each row names an indicator (unit in
 * brackets: `地区生产总值（亿元）`), its base-year figure (an actual), its
 * target-year figure (a target) and often a 年均增长 target.
 */
interface Columns {
  readonly metric: number;
  /** Year columns in order, with the year each names. */
  readonly years: readonly { readonly index: number; readonly year: number }[];
  readonly growth: number | null;
}

const YEAR_HEADER = /((?:19|20)\d{2})\s*年?/;

function columnsOf(table: PipeTable): Columns | null {
  const cells = table.header.cells;
  const years: { index: number; year: number }[] = [];
  let growth: number | null = null;
  let metric = -1;
  cells.forEach((cell, index) => {
    const year = YEAR_HEADER.exec(cell.text);
    if (/年均|增速|增长/.test(cell.text)) growth = index;
    else if (year?.[1]) years.push({ index, year: Number(year[1]) });
    else if (/指标|项目|名称/.test(cell.text)) metric = index;
  });
  if (metric < 0)
    metric = cells.findIndex(
      (cell) => !/类别|序号|属性|单位/.test(cell.text) && !YEAR_HEADER.test(cell.text),
    );
  if (metric < 0 || (years.length === 0 && growth === null)) return null;
  return { metric, years, growth };
}

const UNIT_IN_NAME = /[（(]([^（）()]{1,12})[）)]\s*$/;
const SUFFIX: readonly (readonly [RegExp, Comparator])[] = [
  [/以上|≥|不低于/, '>='],
  [/以下|以内|≤|不高于|不超过/, '<='],
  [/左右|约/, '~'],
  [/^>|超过|突破/, '>'],
  [/^</, '<'],
];

export interface TableReadingContext {
  readonly original: string;
  readonly norm: NormalizedText;
  readonly headings: readonly Heading[];
}

export function readTables(
  ctx: TableReadingContext,
  tables: readonly PipeTable[] = findPipeTables(ctx.norm.text),
): Item[] {
  const items: Item[] = [];
  for (const table of tables) {
    const columns = columnsOf(table);
    if (!columns) continue;
    const baseYear = columns.years[0]?.year ?? null;
    const lastYear = columns.years[columns.years.length - 1]?.year ?? null;
    for (const row of table.rows) items.push(...readRow(ctx, row, { columns, baseYear, lastYear }));
  }
  return items;
}

function readRow(
  ctx: TableReadingContext,
  row: TableRow,
  table: { columns: Columns; baseYear: number | null; lastYear: number | null },
): Item[] {
  const metricCell = row.cells[table.columns.metric];
  if (!metricCell || metricCell.text.length < 2) return [];
  const unitMatch = UNIT_IN_NAME.exec(metricCell.text);
  const metric = unitMatch ? metricCell.text.slice(0, unitMatch.index).trim() : metricCell.text;
  const rowUnit = unitMatch?.[1]?.trim() ?? '';
  const items: Item[] = [];
  const section = sectionAt(ctx.headings, row.start);
  for (const column of table.columns.years) {
    const cell = row.cells[column.index];
    if (!cell) continue;
    const kind: ItemKind =
      column.year === table.baseYear && table.columns.years.length > 1 ? 'actual' : 'target';
    const item = cellItem(ctx, {
      cell,
      metric,
      rowUnit,
      kind,
      year: column.year,
      measure: 'level',
      metricCell,
      section,
    });
    if (item) items.push(item);
  }
  const growthCell = table.columns.growth !== null ? row.cells[table.columns.growth] : undefined;
  if (growthCell && table.lastYear !== null) {
    // [14] in a plan table is a five-year total, not a yearly rate; a share's change is in points.
    const cumulative = /[［[]/.test(growthCell.text);
    const falling = /降低|下降|减少|压减/.test(metric);
    const item = cellItem(ctx, {
      cell: growthCell,
      metric,
      rowUnit: rowUnit === '%' && !falling ? '个百分点' : '%',
      kind: 'target',
      year: table.lastYear,
      measure: falling ? 'decrease' : 'increase',
      metricCell,
      section,
      period: table.baseYear !== null ? `${table.baseYear + 1}-${table.lastYear}` : null,
      recurring: !cumulative,
    });
    if (item) items.push(item);
  }
  return items;
}

interface CellInput {
  readonly cell: TableCell;
  readonly metric: string;
  readonly rowUnit: string;
  readonly kind: ItemKind;
  readonly year: number;
  readonly measure: Measure;
  readonly metricCell: TableCell;
  readonly section: number | null;
  readonly period?: string | null;
  readonly recurring?: boolean;
}

function cellItem(ctx: TableReadingContext, input: CellInput): Item | null {
  const text = input.cell.text.replace(/[［[]?累计[］\]]?/, '').replace(/[［[\]］]/g, '');
  const number = /-?\d+(?:\.\d+)?/.exec(text);
  if (!number) return null;
  const value = Number(number[0]);
  const written = scanQuantities(text)[0];
  const cellUnit = written && written.unit !== '' ? written.unit : '';
  const unit = cellUnit || input.rowUnit || null;
  let comparator: Comparator = '=';
  for (const [re, c] of SUFFIX) if (re.test(text)) comparator = c;
  if (input.kind === 'actual') comparator = '=';
  const magnitude = unit ? (/^(万亿|亿|万|千万|百万)/.exec(unit)?.[1] ?? '') : '';
  const info =
    unit === '%'
      ? { base: '%', factor: 1 }
      : unit
        ? unitInfo(magnitude, unit.slice(magnitude.length))
        : { base: null, factor: 1 };
  const factor = magnitude && !info.base ? (magnitudeOf(magnitude) ?? 1) : info.factor;
  const [start, end] = toOriginalSpan(ctx.norm, input.metricCell.start, input.cell.end);
  return {
    kind: input.kind,
    metric: input.metric,
    measure: input.measure,
    comparator,
    value,
    value_max: null,
    unit,
    base_value: baseValueOf({ value, factor }),
    base_unit: info.base,
    year: input.year,
    period: input.period ?? null,
    recurring: input.recurring ?? false,
    baseline: null,
    scope: null,
    text: ctx.original.slice(start, end),
    start,
    end,
    section: input.section,
  };
}

function sectionAt(headings: readonly Heading[], at: number): number | null {
  let index: number | null = null;
  headings.forEach((heading, i) => {
    if (heading.lineStart <= at) index = i;
  });
  return index;
}
