import { matchHeading } from './heading-patterns.js';

/**
 * A 一、 heading printed over lines, as newspapers set a plan's field titles in a narrow
 * column: `九、打好高铁义乌站为关键的交` / `通牌，构建三大交通走廊交汇中心，打造全国性综合交通枢纽`.
 * The normaliser keeps the break (the heading line is shorter than the body's column), so
 * the outline would store half a title. The next lines continue the heading when the
 * heading line is long and stops mid-word (on an ideograph, not a mark), and they are
 * short, no heading, and no sentence (a body paragraph ends in 。).
 */
const MIN_CUT_TITLE = 10;
const MAX_CONTINUATION = 60;
const SENTENCE = /[。！？；!?;]/u;
const ENDS_MID_WORD = /\p{Script=Han}$/u;
const NOT_TEXT_START = /^[|#>*\-●•■◆\d]/u;

/**
 * Where the heading's continuation lines end in `text` (the normalised text), or null when
 * the heading line is whole. `title` is the heading line's title, `lineEnd` its end. A
 * continuation may itself be printed over lines (`通牌，构建…中心，` / `打造…枢纽`), all of
 * them short and none a sentence.
 */
export function headingContinuationEnd(
  text: string,
  title: string,
  lineEnd: number,
): number | null {
  if (title.length < MIN_CUT_TITLE || !ENDS_MID_WORD.test(title)) return null;
  let continued: number | null = null;
  let length = 0;
  for (let at = lineEnd; text.charAt(at) === '\n';) {
    const start = at + 1;
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const next = text.slice(start, end);
    length += next.length;
    if (next.trim() === '' || length > MAX_CONTINUATION) break;
    if (SENTENCE.test(next) || NOT_TEXT_START.test(next) || matchHeading(next) !== null) break;
    continued = end;
    at = end;
  }
  return continued;
}
