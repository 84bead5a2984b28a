import type { Indicator, Observation } from '@lantu/core';

/** Two catalog indicators for tests. */
export const GDP: Indicator = {
  code: 'gdp',
  name_zh: '地区生产总值',
  name_en: 'Gross regional product',
  aliases: ['全市生产总值', '全省生产总值', 'GDP'],
  unit_family: 'currency',
  base_unit: '元',
  polarity: 'higher-is-better',
};

export const CHINA_EUROPE_TRAINS: Indicator = {
  code: 'china-europe-trains',
  name_zh: '中欧班列开行量',
  name_en: 'China–Europe freight trains run',
  aliases: ['义新欧中欧班列开行量', '“义新欧”班列'],
  unit_family: 'count',
  base_unit: '列',
  polarity: 'higher-is-better',
};

/** A GDP figure for Yiwu from a statistics table. */
export function gdpObservation(
  year: number,
  value: number,
  period: string | null = null,
): Observation {
  return {
    indicator_code: 'gdp',
    jurisdiction: 'cn-zj-jh-yw',
    year,
    period,
    measure: 'level',
    value,
    base_unit: '元',
    comparator: '=',
    source: { type: 'table', file: '义乌统计年鉴.xlsx', row: year - 2000 },
  };
}
