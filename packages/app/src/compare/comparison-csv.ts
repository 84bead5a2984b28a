import { toCsv } from '../export/to-csv.js';
import type { Comparison } from './compare-types.js';

const MEASURE_ZH = { level: '总量', increase: '增速', decrease: '降幅', rank: '位次' } as const;

/** The comparison as a CSV a reader opens in Excel: one line per place and year, sources named. */
export function comparisonCsv(comparison: Comparison): { fileName: string; bytes: Uint8Array } {
  const header = ['地区', '年份', '指标', '口径', '目标', '目标出处', '实际', '实际出处'];
  const rows = comparison.rows.flatMap((row) =>
    row.cells.map((cell) => [
      row.jurisdiction.name_zh,
      cell.year,
      comparison.indicator.name_zh,
      MEASURE_ZH[comparison.measure],
      cell.target?.text ?? '',
      cell.target === null
        ? ''
        : `${cell.target.source.label}${cell.target.source.sentence === null ? '' : `“${cell.target.source.sentence}”`}`,
      cell.actual?.text ?? '',
      cell.actual === null
        ? ''
        : `${cell.actual.source.label}${cell.actual.source.sentence === null ? '' : `“${cell.actual.source.sentence}”`}`,
    ]),
  );
  return {
    fileName: `蓝图对比-${comparison.indicator.name_zh}-${MEASURE_ZH[comparison.measure]}.csv`,
    bytes: toCsv(header, rows),
  };
}
