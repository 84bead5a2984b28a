import type { Measure } from '../../model/item.js';

/**
 * When a number read as a level is in fact a change. Serves statistical news,
 * communiqués and work reports, which name growth in several ways besides a verb
 * right before the number:
 * - a rate named by its metric: `GDP增速分别为6.8%`, `增幅高于全国…`, `增长目标6%左右`;
 * - a rate named after the number: `实现了9.2%的增长`, `5.5%左右的增长目标`;
 * - an aggregate of output given in per cent (`GDP预期目标5.5%`): an economy's size is never a
 *   percentage, so the figure is its growth;
 * - a change verb with a bound between it and the number: `下降超过五成`, `增长近一倍`.
 */
const RATE_METRIC = /(?:增速|增幅|增长率|涨幅|增长目标|增长预期|增长)$/;
const RATE_INSIDE = /增速|增幅|增长率|涨幅|增长目标/;
const SHARE_WORDS = /比重|占比|份额|贡献率|率|比例|指数|系数/;
const OUTPUT_METRIC = /(?:GDP|生产总值|经济)(?:的)?(?:预期目标|目标|预期)?$/;
const RATE_AFTER = /^(?:左右|以上)?的(?:增长|增速|增幅|涨幅)/;
const CHANGE_THEN_BOUND =
  /(增长|提高|提升|增加|上涨|上升|扩大|下降|降低|减少|缩小|回落)(?:了)?(?:超过|超|突破|逾|近|达到|达|约|接近|不到)$/;
const DECREASE = /下降|降低|减少|缩小|回落/;

export interface GrowthQuery {
  /** The measure read so far. */
  readonly measure: Measure;
  readonly unit: string;
  /** The metric as resolved (may be inherited from an earlier clause). */
  readonly metric: string;
  /** The words of the clause before the number (bounded). */
  readonly before: string;
  /** A few characters after the number and its comparator suffix. */
  readonly after: string;
}

export function growthMeasure(q: GrowthQuery): Measure {
  if (q.measure !== 'level') return q.measure;
  const bound = CHANGE_THEN_BOUND.exec(q.before);
  if (bound?.[1]) return DECREASE.test(bound[1]) ? 'decrease' : 'increase';
  if (q.unit !== '%') return q.measure;
  if (RATE_AFTER.test(q.after)) return 'increase';
  const named = `${q.metric}|${q.before}`;
  if (RATE_METRIC.test(q.metric) || RATE_INSIDE.test(named)) {
    if (!SHARE_WORDS.test(q.metric.replace(/增长率/, ''))) return 'increase';
  }
  if (OUTPUT_METRIC.test(q.metric) && !SHARE_WORDS.test(named)) return 'increase';
  return q.measure;
}
