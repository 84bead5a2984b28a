import { cellText, type Cell } from './table.js';

/** The columns an observation table can have. */
export type ColumnName =
  'indicator' | 'jurisdiction' | 'period' | 'year' | 'value' | 'unit' | 'measure' | 'growth';

/** Header spellings, compared case-insensitively after trimming and dropping a (…) unit note. */
const HEADERS: Readonly<Record<ColumnName, readonly string[]>> = {
  indicator: ['indicator', 'indicator_code', 'code', '指标', '指标名称', '指标代码', '项目'],
  jurisdiction: [
    'jurisdiction',
    'region',
    'area',
    '地区',
    '区域',
    '行政区',
    '行政区划',
    '地区名称',
  ],
  period: ['period', '时期', '期间', '统计期', '统计时期', '时间'],
  year: ['year', '年份', '年度', '年'],
  value: ['value', '数值', '值', '数据', '绝对值', '总量'],
  unit: ['unit', '单位', '计量单位'],
  measure: ['measure', '口径', '类型', '度量'],
  // A second figure per row: the year-on-year growth in %, stored as an `increase`.
  growth: [
    'growth',
    '增长',
    '增速',
    '增幅',
    '增长率',
    '同比增长',
    '比上年增长',
    '增长(%)',
    '增速(%)',
  ],
};

/** Where each recognised column is (0-based), from the header row. */
export type ColumnMap = Partial<Record<ColumnName, number>>;

function normalise(header: string): string {
  return header
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/\s+/gu, '')
    .replace(/\((?:%|％)\)$/u, '');
}

/**
 * Finds the columns in a header row. Returns the map and the problems: a required column
 * missing (indicator, jurisdiction, value, and a period or a year), or a column named twice.
 */
export function mapColumns(header: readonly Cell[]): { map: ColumnMap; problems: string[] } {
  const map: ColumnMap = {};
  const problems: string[] = [];
  header.forEach((cell, index) => {
    const text = normalise(cellText(cell));
    if (text === '') return;
    for (const [name, spellings] of Object.entries(HEADERS) as [ColumnName, readonly string[]][]) {
      if (!spellings.some((s) => normalise(s) === text)) continue;
      if (map[name] !== undefined) problems.push(`column "${name}" appears twice`);
      else map[name] = index;
    }
  });
  for (const name of ['indicator', 'jurisdiction', 'value'] as const) {
    if (map[name] === undefined && !(name === 'value' && map.growth !== undefined)) {
      problems.push(`no "${name}" column (${HEADERS[name].join(', ')})`);
    }
  }
  if (map.period === undefined && map.year === undefined) {
    problems.push('no "period" or "year" column');
  }
  return { map, problems };
}
