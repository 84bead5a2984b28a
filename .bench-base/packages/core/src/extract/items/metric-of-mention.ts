import { circleWord, countedNoun, shareOfName } from './metric-shape.js';

/** What the sentence reader knows about a number when it names the metric. */
export interface MetricInput {
  /** The sentence after the number and its unit, up to the sentence end. */
  readonly after: string;
  /** Unit as scanned (`万人`, `分钟`), '' for none. */
  readonly unit: string;
  /** The metric words before the number (prefix analysis), verbs stripped. */
  readonly ownMetric: string;
  /** The clause after the number (and its comparator suffix). */
  readonly rest: string;
  /** A noun follows the number directly. */
  readonly counted: boolean;
  /** The words before the number are only a verb or a scope. */
  readonly verbOnly: boolean;
  /** The number continues a 、 list with no metric of its own. */
  readonly listedValue: boolean;
}

export interface ShapedMetric {
  readonly text: string;
  readonly numberFirst: boolean;
}

const CLAUSE_END = /[，。；！？\n]/;

/**
 * Metric names for text shapes where the measured thing is written after the
 * number or split around it (issue 9 point 3). Null: the usual prefix reading
 * stands. Each branch names the kind of text it serves.
 */
export function shapedMetric(x: MetricInput): ShapedMetric | null {
  // Shares of effort or money: `市领导和职能部门用51%的精力抓改革`.
  if (x.unit === '%') {
    const share = shareOfName(x.ownMetric, x.rest);
    if (share !== null) return { text: share, numberFirst: false };
  }
  // Time circles: `金义都市区 1 小时通勤圈`, `构建 30 分钟都市通行圈`, `城区 10 分钟、乡村 20 分钟文化圈`.
  if (/^(?:小时|分钟)$/.test(x.unit)) {
    const circle = circleWord(x.after);
    if (circle !== null) {
      const where = x.verbOnly ? '' : x.ownMetric;
      return { text: where + circle, numberFirst: where === '' };
    }
  }
  if (!x.counted) return null;
  const clause = x.after.split(CLAUSE_END)[0] ?? '';
  // Examples then the count: `救护车自动交通信号优先通行等 30 个以上可亲、可感、可用的便民惠企应用场景`.
  if (x.ownMetric.endsWith('等')) {
    const noun = clause.slice(clause.lastIndexOf('的') + 1).replace(/[“”"]/g, '');
    if (noun.length >= 2) return { text: noun, numberFirst: true };
  }
  // Members listed, then their count and noun: `杭长客专、浙赣铁路、…5条铁路互联互通`.
  if ((x.ownMetric.match(/、/g)?.length ?? 0) >= 2 && !x.ownMetric.endsWith('的')) {
    return { text: countedNoun(x.unit, x.rest), numberFirst: true };
  }
  // A 、 list of counts, each with its own noun: `500 名网红主播、10000 名带货达人`.
  const noun = x.rest.replace(/[“”"]/g, '');
  if (x.listedValue && noun.length >= 2 && !/^(?:的|和|及|与|等|以|左右|目标|达)/.test(noun)) {
    return { text: countedNoun(x.unit, x.rest), numberFirst: true };
  }
  return null;
}
