import { parseChineseNumeral } from '../numbers/chinese-numerals.js';

/**
 * Parses a counted name into parts: `九个中心` → [9 中心], `三优化一提升` →
 * [3 优化, 1 提升], `八八战略` → [8, 8], `千万工程` → [1000, 10000], `“138”` → [1, 3, 8], `3+1+1` → [3, 1, 1].
 */
export interface CountedPart {
  readonly count: number;
  readonly label: string;
}

const NUMERAL = '一二三四五六七八九十两双百千万';
const MEASURE = /^(?:个|大|张|项|条|类|种|级|位|代|方面)/;
/** Words that close a name without being its counted noun (四治融合, 三医联动). */
const TRAILING_VERBS =
  /(?:融合|联动|统筹|协同|齐下|争创|工程|战略|机制|工作|体系|布局|要求|部署|格局|行动计划|文化|理念|一体)$/;

function numeralValue(run: string): number[] {
  if (run === '双') return [2];
  // 千万工程 (千村示范、万村整治), 百千万: scale characters side by side each count their own part.
  if (run.length >= 2 && /^[百千万]+$/.test(run)) {
    return [...run].map((ch) => parseChineseNumeral(ch) ?? 0);
  }
  // 八八, 一二三: a run of single digits counts each digit as a part.
  if (run.length >= 2 && !/[十百千万]/.test(run)) {
    return [...run].map((ch) => parseChineseNumeral(ch === '双' ? '二' : ch) ?? 0);
  }
  const value = parseChineseNumeral(run.replace('双', '二'));
  return value === null ? [] : [value];
}

export function parseCountedName(name: string): CountedPart[] | null {
  const digits = /^\d+(?:\+\d+)*$/.exec(name);
  if (digits) {
    const pieces = name.includes('+') ? name.split('+') : [...name];
    return pieces.map((piece) => ({ count: Number(piece), label: '' }));
  }
  const parts: CountedPart[] = [];
  const re = new RegExp(`([${NUMERAL}]+|\\d+)([^${NUMERAL}\\d]*)`, 'g');
  for (const m of name.matchAll(re)) {
    if (m.index !== 0 && parts.length === 0) return null;
    const run = m[1] ?? '';
    let label = (m[2] ?? '').replace(MEASURE, '');
    label = label.replace(/[（(].*?[）)]/g, '');
    if (TRAILING_VERBS.test(label)) label = label.replace(TRAILING_VERBS, '');
    const counts = /^\d/.test(run) ? [Number(run)] : numeralValue(run);
    if (counts.length === 0 || counts.some((c) => c <= 0)) return null;
    counts.forEach((count, i) =>
      parts.push({ count, label: i === counts.length - 1 ? label : '' }),
    );
  }
  return parts.length > 0 ? parts : null;
}
