import type { Item } from '../../model/item.js';
import { clauseSpans, milestoneItem, stopCodes } from './milestone-item.js';
import { scanQuantities } from '../numbers/scan-quantities.js';
import { toOriginalSpan } from '../text/normalize.js';
import { insideSkipped, type ItemReadingContext } from './read-items.js';
import { scanIdioms } from './scan-idioms.js';
import { scanRanks } from './scan-ranks.js';
import { findYears } from './years.js';
import { AIM_SLOGAN } from './aim-slogans.js';

/**
 * Numberless aims inside a list of targets (spec: milestones). Work reports and
 * the news quoting them state the year's 主要预期目标 as one list
 * (`今年发展主要预期目标是：GDP增长5%左右；…；居民收入增长与经济增长基本同步；
 * 国际收支基本平衡`), and plans state theirs the same way (`目标任务：到2025年，…，
 * 基本消除重污染天气`), or as bullet lines under a title (`全年…预期目标` then
 * `●外贸外资促稳提质`). Inside such a list a clause without a number that states
 * a direction or a deliverable is a dated commitment; its year is the list's:
 * written in the list or its lead, or 今年/全年/年内 (明年) of the report.
 */

/** A list lead: `…目标是：`, `目标任务：`, `确切目标:`. */
const LEAD_COLON = /目标(?:任务)?(?:是|为|有)?[：:]/g;
/** A title line that introduces bullet lines (`建议全年经济社会发展预期目标`). */
const LEAD_TITLE = /^[\s●·•\-*#]*[^，。；：,;:]{0,24}(?:预期目标|主要目标|目标任务)[\s]*$/;
const BULLET_LINE = /^\s*[●·•▪■◆\-*]/;
/** The same title run into its bullets once broken lines are joined (`…预期目标●…●…`). */
const LEAD_BULLETS = /(?:预期目标|主要目标|目标任务)\s*(?=[●•▪■◆])/g;
/** The list's own year when none is written: relative to the report's year. */
const RELATIVE_YEAR: readonly [RegExp, number][] = [
  [/明年/, 1],
  [/今年|全年|年内|本年/, 0],
];

/** A clause that ends in the direction or state the list aims at. */
const AIM_LAST =
  /(?:基本同步|同步|基本平衡|促稳提质|稳中提质|提质增效|继续下降|持续下降|稳步下降|稳定改善|持续改善|明显改善|明显增强|显著增强|显著缩小|持续缩小|成效显著|有效管控|有效控制|保持稳定|基本稳定|稳步提高|稳步提升)$/;
/** A clause that opens with a deliverable (`建成…`, `成为…`, `基本消除…`, `重点控制…`). */
const AIM_FIRST =
  /^(?:基本|全面|坚决|如期|率先|重点)?(?:建成|成为|完成|实现|消除|控制|退出)(?![新全])/;
/** `按照国家要求坚决完成…任务`: a task to finish, wherever the verb stands. */
const AIM_TASK = /(?:坚决|全面|确保|如期)完成/;

/** Clause stops of a list: its punctuation, its line breaks and its bullets. */
const CLAUSE_STOP = stopCodes('，；：,;:。！？\n●•▪■◆');

interface ListScope {
  readonly start: number;
  readonly end: number;
  readonly year: number;
}

export function readAimListMilestones(ctx: ItemReadingContext, taken: readonly Item[]): Item[] {
  const text = ctx.norm.text;
  const out: Item[] = [];
  const years: ListYears = {
    thisYear: ctx.discourse?.thisYear ?? ctx.reportYear,
    planYear: ctx.discourse?.planYear ?? ctx.discourse?.thisYear ?? ctx.reportYear,
  };
  // Only another milestone excludes a clause: a numberless clause overlaps a figure only
  // where that figure's span ran past a line break.
  const milestones = taken.filter((t) => t.kind === 'milestone');
  for (const scope of listScopes(text, years)) {
    if (insideSkipped(ctx.skipSpans, scope.start)) continue;
    for (const [from, to] of clauseSpans(text, scope.start, scope.end, CLAUSE_STOP)) {
      const clause = readAim(text, from, to);
      if (!clause) continue;
      const year = lastYearBefore(text, scope.start, clause.start) ?? scope.year;
      const [start, end] = toOriginalSpan(ctx.norm, clause.start, clause.end);
      if ([...milestones, ...out].some((t) => t.start < end && start < t.end)) continue;
      out.push(
        milestoneItem(
          { metric: clause.metric, year, start, end, section: sectionOf(ctx, clause.start) },
          ctx.original,
        ),
      );
    }
  }
  return out;
}

/** The lists of the text with their years; a list with no year it can name is skipped. */
interface ListYears {
  /** What 今年 means: the year of publication. */
  readonly thisYear: number | null;
  /** The year a 预期目标 list with no year written is for (a work report's own year). */
  readonly planYear: number | null;
}

function listScopes(text: string, years: ListYears): ListScope[] {
  const scopes: ListScope[] = [];
  LEAD_COLON.lastIndex = 0;
  for (let m = LEAD_COLON.exec(text); m !== null; m = LEAD_COLON.exec(text)) {
    const leadStart =
      Math.max(text.lastIndexOf('\n', m.index), text.lastIndexOf('。', m.index)) + 1;
    let start = m.index + m[0].length;
    // A lead that ends its line (`…确切目标:`) governs the next paragraph.
    if (/^\s*\n/.test(text.slice(start, start + 3))) start = text.indexOf('\n', start) + 1;
    while (text.charAt(start) === '\n') start++;
    const lineEnd = text.indexOf('\n', start);
    const end = lineEnd < 0 ? text.length : lineEnd;
    const year =
      listYear(text.slice(leadStart, m.index + m[0].length), years) ??
      listYear(text.slice(start, start + 12), years);
    if (year !== null && end > start) scopes.push({ start, end, year });
  }
  LEAD_BULLETS.lastIndex = 0;
  for (let m = LEAD_BULLETS.exec(text); m !== null; m = LEAD_BULLETS.exec(text)) {
    const leadStart =
      Math.max(text.lastIndexOf('\n', m.index), text.lastIndexOf('。', m.index)) + 1;
    const year = listYear(text.slice(leadStart, m.index + m[0].length), years);
    if (year === null) continue;
    const start = m.index + m[0].length;
    // The run of bullets: a line break ends it unless the next line is a bullet too.
    let end = start;
    while (end < text.length && end - start < 1000) {
      const br = text.indexOf('\n', end);
      if (br < 0) {
        end = text.length;
        break;
      }
      end = br;
      if (!BULLET_LINE.test(text.slice(br + 1, br + 4).replace(/^\n+/, ''))) break;
      end = br + 1;
    }
    scopes.push({ start, end, year });
  }
  let offset = 0;
  const lines = text.split('\n');
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] ?? '';
    offset += line.length + 1;
    if (!LEAD_TITLE.test(line)) continue;
    const year = listYear(line, years);
    if (year === null) continue;
    // The bullet lines right after the title (blank lines between them allowed).
    let at = offset;
    for (let lj = li + 1; lj < lines.length; lj++) {
      const next = lines[lj] ?? '';
      if (next.trim() === '') {
        at += next.length + 1;
        continue;
      }
      if (!BULLET_LINE.test(next)) break;
      scopes.push({ start: at, end: at + next.length, year });
      at += next.length + 1;
    }
  }
  return scopes;
}

/** The year a lead (or a list's head, `到2025年，…`) names; 预期目标 alone is the plan year. */
function listYear(lead: string, years: ListYears): number | null {
  const written = findYears(lead);
  const last = written[written.length - 1];
  if (last) return last.year;
  if (years.thisYear !== null)
    for (const [word, shift] of RELATIVE_YEAR) if (word.test(lead)) return years.thisYear + shift;
  return /预期目标/.test(lead) ? years.planYear : null;
}

/** A year written inside the list before the clause (`到2025年，…`) governs it. */
function lastYearBefore(text: string, from: number, at: number): number | null {
  const years = findYears(text.slice(from, at)).filter(
    (y) => !/[比较与同]$/.test(text.slice(Math.max(from, from + y.start - 1), from + y.start)),
  );
  return years[years.length - 1]?.year ?? null;
}

function readAim(
  text: string,
  start: number,
  end: number,
): { start: number; end: number; metric: string } | null {
  const raw = text.slice(start, end);
  const lead = /^[\s\-*●·•▪■◆—#]+/.exec(raw)?.[0].length ?? 0;
  const time = /^(?:到|至|力争到)?(?:(?:19|20)\d{2})年(?:底|末|前)?[，,]?/.exec(
    raw.slice(lead),
  )?.[0];
  const from = lead + (time?.length ?? 0);
  const core = raw.slice(from).trimEnd();
  if (core.length < 4 || core.length > 60) return null;
  if (
    scanQuantities(core).some((q) => q.unit !== '') ||
    scanRanks(core).length > 0 ||
    scanIdioms(core).length > 0 ||
    /\d/.test(core)
  )
    return null;
  if (AIM_SLOGAN.test(core)) return null;
  if (!AIM_LAST.test(core) && !AIM_FIRST.test(core) && !AIM_TASK.test(core)) return null;
  return { start: start + from, end: start + from + core.length, metric: core };
}

function sectionOf(ctx: ItemReadingContext, at: number): number | null {
  let index: number | null = null;
  for (let i = 0; i < ctx.headings.length; i++) {
    if ((ctx.headings[i]?.lineStart ?? Infinity) <= at) index = i;
    else break;
  }
  return index;
}
