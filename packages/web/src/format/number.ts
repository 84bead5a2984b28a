/**
 * Numbers the way Chinese plan documents write them: 2693.3亿元, 1.2万人, 7.9%, no digit
 * grouping (documents write 7307亿元, not 7,307亿元). Values arrive in base units
 * (元, 人, 个 …) from the status engine, so large ones are scaled to 万 / 亿 / 万亿.
 */

const plain = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2, useGrouping: false });

/** A number with at most two decimals and no grouping: 2693.3, 7.9, 200. */
export function formatNumber(value: number): string {
  return plain.format(value);
}

/** Units that are never scaled: rates, ranks, ages, durations. */
const UNSCALED_UNITS = new Set([
  '%',
  '‰',
  '个百分点',
  '百分点',
  '位',
  '名',
  '岁',
  '年',
  '天',
  '小时',
]);

const MAGNITUDES = [
  { factor: 1e12, word: '万亿' },
  { factor: 1e8, word: '亿' },
  { factor: 1e4, word: '万' },
] as const;

/** The scaled mantissa and magnitude word for a base-unit value (269330000000 → 2693.3, 亿). */
export function scaleChinese(value: number): { readonly mantissa: number; readonly word: string } {
  const size = Math.abs(value);
  for (const { factor, word } of MAGNITUDES) {
    if (size >= factor) return { mantissa: value / factor, word };
  }
  return { mantissa: value, word: '' };
}

/**
 * A base-unit quantity for display: (269330000000, 元) → 2693.3亿元, (7.9, %) → 7.9%,
 * (2, 位) → 第2位, (12000, 人) → 1.2万人. Null values read as “—”.
 */
export function formatQuantity(
  value: number | null | undefined,
  unit: string | null | undefined,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const u = unit ?? '';
  if (u === '位') return `第${formatNumber(value)}位`;
  if (UNSCALED_UNITS.has(u)) return `${formatNumber(value)}${u}`;
  const { mantissa, word } = scaleChinese(value);
  return `${formatNumber(mantissa)}${word}${u}`;
}

/** A share (0.917) as a percentage (91.7%). */
export function formatShare(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—';
  return `${formatNumber(share * 100)}%`;
}

/** A chart axis tick: short and scaled, unit left to the axis name (2693.3亿). */
export function formatAxisValue(value: number, unit: string | null): string {
  if (unit !== null && UNSCALED_UNITS.has(unit)) return formatNumber(value);
  const { mantissa, word } = scaleChinese(value);
  return `${formatNumber(mantissa)}${word}`;
}
