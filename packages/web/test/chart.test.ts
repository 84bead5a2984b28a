import { describe, expect, it } from 'vitest';
import type { IndicatorSeries, StoredObservation } from '../src/api/types.js';
import { buildChartModel } from '../src/indicator/chart-model.js';
import { buildChartOption } from '../src/indicator/chart-option.js';
import { pathBetween, projectAtPace } from '../src/indicator/trajectory.js';
import { row, status } from './fixtures/rows.js';

function observation(
  year: number,
  value: number,
  overrides: Partial<StoredObservation> = {},
): StoredObservation {
  return {
    id: `o${year}-${value}`,
    indicator_code: 'gdp',
    jurisdiction: 'cn-zj-jh-yw',
    year,
    period: null,
    measure: 'level',
    value,
    base_unit: '元',
    comparator: '=',
    source: {
      type: 'document',
      document_id: 'doc-1',
      item_id: `item-${year}`,
      text: 'x',
      start: 0,
      end: 1,
    },
    item_id: `item-${year}`,
    created_at: '2026-01-01',
    ...overrides,
  };
}

describe('trajectories', () => {
  it('compounds from baseline to target', () => {
    const path = pathBetween({ year: 2020, value: 100 }, { year: 2022, value: 121 }, 'compound');
    expect(path.map((p) => p.year)).toEqual([2020, 2021, 2022]);
    expect(path[1]?.value).toBeCloseTo(110);
    expect(path[2]?.value).toBeCloseTo(121);
  });
  it('goes straight for rates and falls back to straight for non-positive values', () => {
    expect(
      pathBetween({ year: 2020, value: 50 }, { year: 2022, value: 60 }, 'linear')[1]?.value,
    ).toBe(55);
    expect(
      pathBetween({ year: 2020, value: 0 }, { year: 2022, value: 10 }, 'compound')[1]?.value,
    ).toBe(5);
    expect(pathBetween({ year: 2022, value: 1 }, { year: 2022, value: 2 }, 'linear')).toEqual([]);
  });
  it('projects at the actual pace', () => {
    const path = projectAtPace({ year: 2023, value: 100 }, 10, 2025, 'compound');
    expect(path[2]?.value).toBeCloseTo(121);
    expect(projectAtPace({ year: 2023, value: 100 }, 2, 2025, 'linear')[2]?.value).toBe(104);
  });
});

describe('buildChartModel', () => {
  const target = row(
    { measure: 'level', base_unit: '元' },
    status(
      'on-track',
      {
        baseline_value: 150e9,
        baseline_year: 2020,
        latest_value: 190e9,
        latest_year: 2023,
        target_value: 200e9,
        target_year: 2025,
        actual_annual_growth: 8,
      },
      'eurostat-cagr-ratio',
    ),
  );
  const series: IndicatorSeries = {
    indicator: {
      code: 'gdp',
      name_zh: '地区生产总值',
      name_en: 'GDP',
      aliases: [],
      unit_family: 'currency',
      base_unit: '元',
      polarity: 'higher-is-better',
    },
    jurisdiction: 'cn-zj-jh-yw',
    observations: [
      observation(2023, 190e9),
      observation(2020, 150e9),
      observation(2023, 180e9, { comparator: '>' }),
      observation(2023, 7.9, { measure: 'increase', base_unit: '%' }),
      observation(2024, 100e9, { period: 'H1' }),
    ],
    targets: [target],
    analyses: {},
    promises: [],
  };

  it('keeps whole-year figures of the target measure, one per year, exact over thresholds', () => {
    const model = buildChartModel(series, target);
    expect(model.actual.map((p) => [p.year, p.value])).toEqual([
      [2020, 150e9],
      [2023, 190e9],
    ]);
    expect(model.actual[1]?.observation.source).toMatchObject({ item_id: 'item-2023' });
  });
  it('draws the required path and the projection to the deadline', () => {
    const model = buildChartModel(series, target);
    expect(model.required[0]).toEqual({ year: 2020, value: 150e9 });
    expect(model.required.at(-1)?.value).toBeCloseTo(200e9);
    expect(model.projected.map((p) => p.year)).toEqual([2023, 2024, 2025]);
    expect(model.years).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(model.target).toMatchObject({ year: 2025, value: 200e9 });
  });
  it('without a target shows the commonest measure', () => {
    const model = buildChartModel({ ...series, targets: [] }, null);
    expect(model.measure).toBe('level');
    expect(model.target).toBeNull();
    expect(model.required).toEqual([]);
  });
  it('becomes an ECharts option with one series per line, aligned to the years', () => {
    const option = buildChartOption(buildChartModel(series, target), {
      actual: '实际',
      target: '目标',
      required: '所需路径',
      projected: '推算',
    });
    const lines = option.series as { id: string; data: (number | null)[] }[];
    expect(lines.map((s) => s.id)).toEqual(['actual', 'target', 'required', 'projected']);
    expect(lines[0]?.data).toEqual([150e9, null, null, 190e9, null, null]);
    expect(lines[1]?.data.every((v) => v === 200e9)).toBe(true);
  });
});
