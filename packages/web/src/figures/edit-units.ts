/** A stored base-unit figure as a reader would type it again: 210000000000 元 → 2100 亿元. */
export function editableFigure(
  value: number,
  baseUnit: string | null,
): { value: number; unit: string } {
  const unit = baseUnit ?? '';
  const scales: readonly (readonly [number, string])[] = [
    [1e8, '亿'],
    [1e4, '万'],
  ];
  if (unit === '元' || unit === '人' || unit === '件' || unit === '吨') {
    for (const [factor, word] of scales) {
      if (Math.abs(value) >= factor) return { value: value / factor, unit: `${word}${unit}` };
    }
  }
  return { value, unit };
}
