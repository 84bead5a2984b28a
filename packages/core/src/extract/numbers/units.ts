/**
 * Units as documents write them, with the base unit and factor of the spec
 * (section 3): 万 = 1e4, 亿 = 1e8, 万亿 = 1e12; 平方公里 = 1e6 平方米,
 * 公里 = 1000 米, 小时 = 60 分钟; 名/人 name people (人).
 */
export interface UnitInfo {
  /** The base unit, or null where a bare magnitude needs the metric to tell (`342万`). */
  readonly base: string | null;
  readonly factor: number;
}

/** Units without a magnitude prefix: written form → base and factor. */
const BASE_UNITS: Record<string, UnitInfo> = {
  元: { base: '元', factor: 1 },
  // Per-head figures: 全员劳动生产率152977元/人.
  '元/人': { base: '元/人', factor: 1 },
  美元: { base: '美元', factor: 1 },
  欧元: { base: '欧元', factor: 1 },
  人民币: { base: '元', factor: 1 },
  人次: { base: '人次', factor: 1 },
  人: { base: '人', factor: 1 },
  名: { base: '人', factor: 1 },
  户: { base: '户', factor: 1 },
  个百分点: { base: '个百分点', factor: 1 },
  // Birth, death and natural growth rates change by 千分点 (statistical communiqués).
  个千分点: { base: '个千分点', factor: 1 },
  千分点: { base: '个千分点', factor: 1 },
  百分点: { base: '个百分点', factor: 1 },
  个: { base: '个', factor: 1 },
  家: { base: '家', factor: 1 },
  所: { base: '所', factor: 1 },
  条: { base: '条', factor: 1 },
  列: { base: '列', factor: 1 },
  辆次: { base: '辆次', factor: 1 },
  辆: { base: '辆', factor: 1 },
  艘次: { base: '艘次', factor: 1 },
  架次: { base: '架次', factor: 1 },
  标箱: { base: '标箱', factor: 1 },
  TEU: { base: '标箱', factor: 1 },
  吨标准煤: { base: '吨标准煤', factor: 1 },
  '吨/日': { base: '吨/日', factor: 1 },
  '吨/年': { base: '吨/年', factor: 1 },
  '吨/天': { base: '吨/日', factor: 1 },
  吨: { base: '吨', factor: 1 },
  公斤: { base: '公斤', factor: 1 },
  斤: { base: '斤', factor: 1 },
  立方米: { base: '立方米', factor: 1 },
  // Air quality (PM2.5, PM10 concentrations) in plans and their news.
  '微克/立方米': { base: '微克/立方米', factor: 1 },
  '毫克/立方米': { base: '毫克/立方米', factor: 1 },
  方: { base: '立方米', factor: 1 },
  平方公里: { base: '平方米', factor: 1e6 },
  平方千米: { base: '平方米', factor: 1e6 },
  平方米: { base: '平方米', factor: 1 },
  平米: { base: '平方米', factor: 1 },
  公顷: { base: '平方米', factor: 1e4 },
  亩: { base: '亩', factor: 1 },
  公里: { base: '米', factor: 1000 },
  千米: { base: '米', factor: 1000 },
  米: { base: '米', factor: 1 },
  分钟: { base: '分钟', factor: 1 },
  小时: { base: '分钟', factor: 60 },
  天: { base: '天', factor: 1 },
  '%': { base: '%', factor: 1 },
  '‰': { base: '‰', factor: 1 },
  项: { base: '项', factor: 1 },
  场: { base: '场', factor: 1 },
  场次: { base: '场次', factor: 1 },
  次: { base: '次', factor: 1 },
  件: { base: '件', factor: 1 },
  批: { base: '批', factor: 1 },
  组: { base: '组', factor: 1 },
  座: { base: '座', factor: 1 },
  套: { base: '套', factor: 1 },
  台: { base: '台', factor: 1 },
  // Operations and equipment counts: 手术1.5万台次, 设备更新6.5万台(套).
  台次: { base: '台次', factor: 1 },
  '台(套)': { base: '台(套)', factor: 1 },
  '台（套）': { base: '台(套)', factor: 1 },
  张: { base: '张', factor: 1 },
  间: { base: '间', factor: 1 },
  处: { base: '处', factor: 1 },
  床: { base: '张', factor: 1 },
  张床位: { base: '张', factor: 1 },
  千瓦时: { base: '千瓦时', factor: 1 },
  千瓦: { base: '千瓦', factor: 1 },
  兆瓦: { base: '千瓦', factor: 1000 },
  度: { base: '千瓦时', factor: 1 },
  位: { base: '位', factor: 1 },
  个村: { base: '个', factor: 1 },
  村: { base: '个', factor: 1 },
  种: { base: '种', factor: 1 },
  部: { base: '部', factor: 1 },
  篇: { base: '篇', factor: 1 },
  门: { base: '门', factor: 1 },
  株: { base: '株', factor: 1 },
  头: { base: '头', factor: 1 },
  只: { base: '只', factor: 1 },
  岁: { base: '岁', factor: 1 },
  倍: { base: '倍', factor: 1 },
};

/** Magnitude prefixes, longest first. */
const MAGNITUDES: readonly (readonly [string, number])[] = [
  ['万亿', 1e12],
  ['千亿', 1e11],
  ['百亿', 1e10],
  ['千万', 1e7],
  ['百万', 1e6],
  ['亿', 1e8],
  ['万', 1e4],
];

export function magnitudeOf(text: string): number | null {
  for (const [word, factor] of MAGNITUDES) if (word === text) return factor;
  return null;
}

/** Every written unit, with and without magnitude, longest first (for the scanner regex). */
export const UNIT_WORDS: readonly string[] = Object.keys(BASE_UNITS).sort(
  (a, b) => b.length - a.length,
);
export const MAGNITUDE_WORDS: readonly string[] = MAGNITUDES.map(([word]) => word);

/** Base unit and factor of a unit written after the number, magnitude included. */
export function unitInfo(magnitude: string, unit: string): UnitInfo {
  const factor = magnitude ? (magnitudeOf(magnitude) ?? 1) : 1;
  if (!unit) return { base: null, factor };
  const info = BASE_UNITS[unit];
  if (!info) return { base: unit, factor };
  return { base: info.base, factor: factor * info.factor };
}

/** Units that name a count of something: a noun usually follows (`200 个海外仓`). */
export const COUNTER_UNITS = new Set([
  '个',
  '家',
  '所',
  '条',
  '列',
  '名',
  '人',
  '户',
  '项',
  '场',
  '座',
  '套',
  '台',
  '张',
  '间',
  '处',
  '组',
  '批',
  '件',
  '种',
  '部',
  '篇',
  '门',
  '株',
  '头',
  '只',
  '村',
  '个村',
]);
