import type { YearMention } from './years.js';

/**
 * Years a work report names relative to its own (`今年建成…`, `年内完成…`,
 * `力争明年…投入使用`): 今年/年内/本年 are the year of publication, 明年 the
 * next. 全年 is not one: it names the period of a figure (`全年工业投资增长12%`),
 * not a deadline. `今年以来`, `今年上半年`, `今年前三季度` look back on what was
 * done and name no deadline.
 */
const RELATIVE =
  /(?:今年|年内|本年|明年)(?!以来|上半年|前[一二三四五六七八九十\d]|[1-9一二三四五六七八九十]+月)/g;

export function findRelativeYears(text: string, thisYear: number | null): YearMention[] {
  if (thisYear === null) return [];
  const found: YearMention[] = [];
  RELATIVE.lastIndex = 0;
  for (let m = RELATIVE.exec(text); m !== null; m = RELATIVE.exec(text)) {
    found.push({
      year: m[0] === '明年' ? thisYear + 1 : thisYear,
      start: m.index,
      end: m.index + m[0].length,
      deadline: false,
      from: null,
    });
  }
  return found;
}
