import type { TargetAnalysis } from './project-target.js';

function pct(x: number): string {
  return `${Number(x.toFixed(1))}%`;
}

/**
 * The analysis in one Chinese sentence for the report and the indicator page, figures in
 * the document's unit (`show` turns a value into `3120亿元`).
 */
export function analysisSentenceZh(
  analysis: TargetAnalysis,
  targetYear: number,
  show: (value: number) => string,
): string {
  if (analysis.closeness === 'just-met') return '以微弱优势完成（与目标相差不到2%）。';
  if (analysis.closeness === 'just-missed') return '差一点完成（与目标相差不到2%）。';
  const parts: string[] = [];
  if (analysis.requiredGrowth !== null) {
    parts.push(`从最新数据算，此后每年须增长${pct(analysis.requiredGrowth)}`);
  }
  if (analysis.observedGrowth !== null)
    parts.push(`近年实际年均增长${pct(analysis.observedGrowth)}`);
  if (analysis.band !== null) {
    const [low, high] = analysis.band;
    parts.push(`按趋势推算${targetYear}年约为${show(low)}至${show(high)}`);
  }
  const outlook =
    analysis.outlook === 'likely-met'
      ? '，有望完成'
      : analysis.outlook === 'likely-missed'
        ? '，按现有趋势难以完成'
        : analysis.outlook === 'uncertain'
          ? '，能否完成尚难判断'
          : '';
  return parts.length === 0 ? '' : `${parts.join('；')}${outlook}。`;
}

/** The same in English. */
export function analysisSentenceEn(
  analysis: TargetAnalysis,
  targetYear: number,
  show: (value: number) => string,
): string {
  if (analysis.closeness === 'just-met') return 'Met by a narrow margin (within 2% of the target).';
  if (analysis.closeness === 'just-missed')
    return 'Missed by a narrow margin (within 2% of the target).';
  const parts: string[] = [];
  if (analysis.requiredGrowth !== null) {
    parts.push(`needs ${pct(analysis.requiredGrowth)} a year from the latest figure`);
  }
  if (analysis.observedGrowth !== null)
    parts.push(`grew ${pct(analysis.observedGrowth)} a year so far`);
  if (analysis.band !== null) {
    parts.push(
      `the trend points to ${show(analysis.band[0])}–${show(analysis.band[1])} in ${targetYear}`,
    );
  }
  const outlook =
    analysis.outlook === 'likely-met'
      ? ': likely met'
      : analysis.outlook === 'likely-missed'
        ? ': unlikely on the current trend'
        : analysis.outlook === 'uncertain'
          ? ': too close to call'
          : '';
  if (parts.length === 0) return '';
  const sentence = parts.join('; ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}${outlook}.`;
}
