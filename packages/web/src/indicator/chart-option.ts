/**
 * The ECharts option for an indicator: actual figures (solid, clickable points), the target
 * as a horizontal line, the required path (dashed) and the path at the actual pace (dotted).
 * Only the parts registered in echarts-setup.ts are used.
 */
import type { LineSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { axisUnitName, formatAxisValue, formatQuantity } from '../format/number.js';
import type { ChartModel, PointTone } from './chart-model.js';
import { rankLabel } from './chart-option-rank.js';

export type IndicatorChartOption = ComposeOption<
  LineSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption
>;

export interface ChartLabels {
  readonly actual: string;
  readonly target: string;
  readonly required: string;
  readonly projected: string;
}

export const CHART_COLOURS = {
  actual: '#1d4ed8',
  target: '#b21c1c',
  required: '#0f6b63',
  projected: '#8a4b08',
} as const;

/** A figure's dot in the status colours (已完成 green, 未完成 red), else the line's blue. */
export const TONE_COLOURS: Readonly<Record<Exclude<PointTone, null>, string>> = {
  ahead: '#166534',
  behind: '#b21c1c',
};

/** Values on the category axis: one slot per year, null where a series has no figure. */
function alignToYears(
  years: readonly number[],
  points: readonly { year: number; value: number }[],
): (number | null)[] {
  const byYear = new Map(points.map((p) => [p.year, p.value]));
  return years.map((year) => byYear.get(year) ?? null);
}

export function buildChartOption(
  model: ChartModel,
  labels: ChartLabels,
  lang: 'zh' | 'en' = 'zh',
): IndicatorChartOption {
  const { unit } = model;
  const isRank = model.measure === 'rank';
  const show = (value: number) =>
    isRank ? rankLabel(value, lang) : formatQuantity(value, unit, lang);
  const categories = model.years.map(String);
  const tones = new Map(model.actual.map((p) => [p.year, p.tone]));
  const series: LineSeriesOption[] = [
    {
      id: 'actual',
      name: labels.actual,
      type: 'line',
      data: alignToYears(model.years, model.actual),
      connectNulls: true,
      symbol: 'circle',
      symbolSize: 10,
      lineStyle: { width: 3, color: CHART_COLOURS.actual },
      // Each dot in its status colour against the path (the line stays blue).
      itemStyle: {
        color: (params: { dataIndex: number }) => {
          const tone = tones.get(model.years[params.dataIndex] ?? NaN) ?? null;
          return tone === null ? CHART_COLOURS.actual : TONE_COLOURS[tone];
        },
      },
      cursor: 'pointer',
    },
  ];
  if (model.target !== null) {
    // The target as a series across every year rather than a markLine: it then counts in the
    // axis range (a target far above the figures stays on the chart) and in the tooltip.
    const target = model.target;
    series.push({
      id: 'target',
      name: labels.target,
      type: 'line',
      data: model.years.map(() => target.value),
      symbol: 'none',
      lineStyle: { width: 2, color: CHART_COLOURS.target },
      itemStyle: { color: CHART_COLOURS.target },
      endLabel: {
        show: true,
        formatter: `${labels.target} ${show(target.value)}`,
        color: CHART_COLOURS.target,
      },
      silent: true,
    });
  }
  if (model.required.length > 0) {
    series.push({
      id: 'required',
      name: labels.required,
      type: 'line',
      data: alignToYears(model.years, model.required),
      connectNulls: true,
      symbol: 'none',
      lineStyle: { type: 'dashed', width: 2, color: CHART_COLOURS.required },
      itemStyle: { color: CHART_COLOURS.required },
      silent: true,
    });
  }
  if (model.projected.length > 0) {
    series.push({
      id: 'projected',
      name: labels.projected,
      type: 'line',
      data: alignToYears(model.years, model.projected),
      connectNulls: true,
      symbol: 'none',
      lineStyle: { type: 'dotted', width: 2, color: CHART_COLOURS.projected },
      itemStyle: { color: CHART_COLOURS.projected },
      silent: true,
    });
  }
  return {
    animation: false,
    // Room on the right for the target line's end label.
    grid: { left: 8, right: 96, top: 48, bottom: 8, containLabel: true },
    legend: { top: 0, data: series.map((s) => String(s.name)) },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value) => (typeof value === 'number' ? show(value) : '—'),
    },
    xAxis: { type: 'category', data: categories, boundaryGap: false },
    yAxis: isRank
      ? {
          // Ranks: whole places only, 第1位 on top, no unit name.
          type: 'value',
          inverse: true,
          minInterval: 1,
          min: 1,
          max: (extent: { max: number }) => Math.max(extent.max + 1, 3),
          axisLabel: { formatter: (value: number) => rankLabel(value, lang) },
        }
      : {
          type: 'value',
          scale: true,
          axisLabel: { formatter: (value: number) => formatAxisValue(value, unit, lang) },
          name: axisUnitName(unit, lang),
        },
    series,
  };
}
