import type { Comparator, Measure } from '../model/item.js';
import type { Observation } from '../model/observation.js';
import type { Formatter } from './context.js';
import { ordinalEn, percent, trimNumber } from './format.js';

type Words = { readonly zh: string; readonly en: string };

/**
 * A target in words, as a document would state it: 不低于2000亿元,
 * 增长15%以上, 3800亿元左右, 第1位; and in English.
 */
export function targetPhrase(
  measure: Measure,
  comparator: Comparator,
  value: number,
  valueMax: number | null,
  fmt: Formatter,
): Words {
  if (measure === 'rank') return rankPhrase(comparator, value);
  const v = { zh: fmt.zh(value), en: fmt.en(value) };
  const max = valueMax === null ? v : { zh: fmt.zh(valueMax), en: fmt.en(valueMax) };
  if (measure === 'level') {
    switch (comparator) {
      case '>=':
        return { zh: `不低于${v.zh}`, en: `at least ${v.en}` };
      case '>':
        return { zh: `超过${v.zh}`, en: `more than ${v.en}` };
      case '<=':
        return { zh: `不超过${v.zh}`, en: `at most ${v.en}` };
      case '<':
        return { zh: `低于${v.zh}`, en: `below ${v.en}` };
      case '~':
        return { zh: `${v.zh}左右`, en: `about ${v.en}` };
      case '=':
        return { zh: `达到${v.zh}`, en: v.en };
      case 'range':
        return { zh: `${v.zh}至${max.zh}`, en: `${v.en} to ${max.en}` };
    }
  }
  const verb = measure === 'increase' ? { zh: '增长', en: 'growth' } : { zh: '下降', en: 'a fall' };
  switch (comparator) {
    case '>=':
      return { zh: `${verb.zh}${v.zh}以上`, en: `${verb.en} of at least ${v.en}` };
    case '>':
      return { zh: `${verb.zh}超过${v.zh}`, en: `${verb.en} of more than ${v.en}` };
    case '<=':
      return { zh: `${verb.zh}不超过${v.zh}`, en: `${verb.en} of at most ${v.en}` };
    case '<':
      return { zh: `${verb.zh}低于${v.zh}`, en: `${verb.en} of less than ${v.en}` };
    case '~':
      return { zh: `${verb.zh}${v.zh}左右`, en: `${verb.en} of about ${v.en}` };
    case '=':
      return { zh: `${verb.zh}${v.zh}`, en: `${verb.en} of ${v.en}` };
    case 'range':
      return { zh: `${verb.zh}${v.zh}至${max.zh}`, en: `${verb.en} of ${v.en} to ${max.en}` };
  }
}

function rankPhrase(comparator: Comparator, value: number): Words {
  const n = trimNumber(value, 0);
  switch (comparator) {
    case '<=':
    case '<':
      return { zh: `前${n}位`, en: `top ${n}` };
    case '>=':
    case '>':
    case '~':
    case '=':
    case 'range':
      return { zh: `第${n}位`, en: ordinalEn(value) };
  }
}

/**
 * A reported figure in words: 2693.3亿元, 突破2500亿元, 增长7.9%, 下降3.2%,
 * 第2位. `value` is in the target's measure (a decrease as a positive fall).
 */
export function figureWords(
  measure: Measure,
  value: number,
  comparator: Observation['comparator'],
  fmt: Formatter,
): Words {
  if (measure === 'rank') {
    const n = trimNumber(value, 0);
    return comparator === '<=' || comparator === '<'
      ? { zh: `前${n}位`, en: `in the top ${n}` }
      : { zh: `第${n}位`, en: ordinalEn(value) };
  }
  const signed = measure === 'level' ? value : measure === 'increase' ? value : -value;
  const base =
    measure === 'level'
      ? { zh: fmt.zh(value), en: fmt.en(value) }
      : signed >= 0
        ? { zh: `增长${fmt.zh(signed)}`, en: `up ${fmt.en(signed)}` }
        : { zh: `下降${fmt.zh(-signed)}`, en: `down ${fmt.en(-signed)}` };
  switch (comparator) {
    case '=':
      return base;
    case '~':
      return { zh: `约${base.zh}`, en: `about ${base.en}` };
    case '>':
      return { zh: `突破${base.zh}`, en: `more than ${base.en}` };
    case '>=':
      return { zh: `${base.zh}以上`, en: `at least ${base.en}` };
    case '<':
      return { zh: `低于${base.zh}`, en: `less than ${base.en}` };
    case '<=':
      return { zh: `${base.zh}以内`, en: `at most ${base.en}` };
  }
}

/** An annual rate in words: 年均增长7.1% / 年均下降2%, "7.1% a year" / "−2% a year". */
export function annualRateWords(ratePercent: number): Words {
  return ratePercent >= 0
    ? { zh: `年均增长${percent(ratePercent)}`, en: `${percent(ratePercent)} a year` }
    : { zh: `年均下降${percent(-ratePercent)}`, en: `${percent(ratePercent)} a year` };
}

/** An annual change in percentage points: 年均提高0.8个百分点. */
export function annualPointsWords(points: number): Words {
  const n = trimNumber(Math.abs(points), 2);
  return points >= 0
    ? { zh: `年均提高${n}个百分点`, en: `${trimNumber(points, 2)} points a year` }
    : { zh: `年均降低${n}个百分点`, en: `${trimNumber(points, 2)} points a year` };
}

/** The gap to a percentage target: 高于目标0.9个百分点 / 低于目标0.9个百分点. */
export function pointGapWords(actual: number, target: number): Words {
  const gap = actual - target;
  const n = trimNumber(Math.abs(gap), 2);
  if (Math.abs(gap) < 1e-9) return { zh: '与目标持平', en: 'level with the target' };
  return gap > 0
    ? { zh: `高于目标${n}个百分点`, en: `${n} points above the target` }
    : { zh: `低于目标${n}个百分点`, en: `${n} points below the target` };
}
