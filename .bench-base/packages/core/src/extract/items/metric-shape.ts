/**
 * Whole metric names (issue 9 point 3): the shortest phrase that says what is
 * measured, never cut inside a word. These helpers shape the name once the
 * prefix analysis has found its words; each serves a kind of text named below.
 */

/**
 * Words whose first character is also a counting unit. In `300万人口`,
 * `50万户籍人口` the scanner reads 万人 / 万户 as the unit, but the name that
 * follows starts with that character: it must not lose it (口现代化… is cut
 * inside 人口).
 */
const WORDS_OPENED_BY_UNIT = /^(?:口|才|员|群|籍|位|阶|目)/;

/** The noun counted after a number (`200个海外仓`), whole even when the unit ends in its first character. */
export function countedNoun(unit: string, rest: string): string {
  const last = unit.slice(-1);
  if (last !== '' && /[人户吨台项]/.test(last) && WORDS_OPENED_BY_UNIT.test(rest)) {
    const word = last + rest.charAt(0);
    if (/^(?:人口|人才|人员|人群|户籍|吨位|台阶|项目)$/.test(word)) return last + rest;
  }
  return rest;
}

/**
 * A scope word alone (`联动全国 100个以上物流枢纽`) names where, not what: the
 * counted noun after the number is the metric, with the scope kept in front.
 */
export const SCOPE_ONLY = /^(?:全国|全省|全市|全球|全世界|国内|国际|海外|境外)$/;

/**
 * Time circles (`金义都市区 1 小时通勤圈`, `城区 10 分钟、乡村 20 分钟文化圈`): the
 * circle word after the time names what is measured. Returns the circle word
 * (`通勤圈`) written after the number in the same clause list, or null.
 */
export function circleWord(afterNumber: string): string | null {
  const m = /^[^，。；！？\n]{0,16}?(?:小时|分钟)?([\u4e00-\u9fff]{1,4}?圈)/.exec(afterNumber);
  return m?.[1] ?? null;
}

/**
 * Measure nouns that a subject reaches (`核心企业实现产值1000亿元`): the name is
 * subject + noun, not the bare noun, so several such targets in one section
 * do not all read `产值`.
 */
const REACHED_MEASURES =
  /^(?:总产值|产值|营业收入|营收|销售收入|销售额|交易额|成交额|增加值|税收|利润|产量|规模|收入)$/;

/** A subject that is a clause of its own (以…为核心, 通过…) is no part of the name. */
const CLAUSE_SUBJECT = /[以为在把将通按对向从由使让，、“”]/;

/** `核心企业` + `产值` → `核心企业产值` when the mid verb is a reaching verb; else the object alone. */
export function subjectAndMeasure(subject: string, object: string): string {
  const s = subject.replace(/^(?:到|至)?(?:(?:19|20)\d{2}年(?:底|末)?)/, '');
  if (s.length < 2 || s.length > 10 || CLAUSE_SUBJECT.test(s)) return object;
  if (!REACHED_MEASURES.test(object)) return object;
  return s + object;
}

/**
 * A share of something (`市领导和职能部门用51%的精力抓改革`): the percentage is
 * of the noun after 的, spent by the subject before 用/拿出/投入. Returns the
 * name `市领导和职能部门抓改革精力`, or null when the text is not of that shape.
 */
export function shareOfName(ownMetric: string, rest: string): string | null {
  const subject = /^(.{2,16}?)(?:用|拿出|投入|安排)$/.exec(ownMetric)?.[1];
  if (subject === undefined) return null;
  const withPurpose =
    /^的([\u4e00-\u9fff]{1,4}?)(抓|用于|推进|做好|办好|干|服务|支持|保障)([\u4e00-\u9fff]{0,8})/.exec(
      rest,
    );
  if (withPurpose?.[1])
    return subject + (withPurpose[2] ?? '') + (withPurpose[3] ?? '') + withPurpose[1];
  const noun = /^的([\u4e00-\u9fff]{1,4})/.exec(rest)?.[1];
  return noun === undefined ? null : subject + noun;
}

/**
 * `粮食种植面积稳定在13万亩，总量保持在4.5万吨以上`: 总量 attaches to the thing
 * (粮食), not to the measure named before (种植面积), whose unit differs.
 */
export function attributeOf(previous: string, attribute: string): string {
  if (/^(?:总量|总额|总数|规模)$/.test(attribute)) {
    const thing = previous.replace(/(?:种植面积|播种面积|面积|产值|人数|数量|规模)$/, '');
    if (thing.length >= 2 && thing !== previous) return thing + attribute;
  }
  return previous + attribute;
}
