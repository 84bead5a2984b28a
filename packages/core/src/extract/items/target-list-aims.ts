import type { Item } from '../../model/item.js';
import { clauseSpans, milestoneItem, stopCodes } from './milestone-item.js';
import { scanQuantities } from '../numbers/scan-quantities.js';
import { toOriginalSpan } from '../text/normalize.js';
import { insideSkipped, type ItemReadingContext, sentencesOf } from './read-items.js';
import { BULLET, ListSentences } from './list-sentences.js';
import { scanIdioms } from './scan-idioms.js';
import { scanRanks } from './scan-ranks.js';
import { AIM_SLOGAN } from './aim-slogans.js';

/**
 * Aims listed among a sentence's targets (the 主要预期目标 list of a work report, the
 * 到2025年 goal sentence of a plan, its news digest): `居民收入增长与经济增长基本同步；
 * 进出口促稳提质，国际收支基本平衡；…能耗…继续下降` stand between numeric targets and are
 * promises of the same year without a number — milestones, one per clause (spec; gold
 * note 24). The year is that of the neighbouring target, so `今年` lists need no written
 * year. A numberless sentence between two target sentences of one paragraph, or a
 * bullet after a bullet target, belongs to the same list.
 */
const CLAUSE_STOP = stopCodes('，；：,;:');
/** Open-ended betterment (`进一步增强`, `大幅提升`, `更加优化`) promises no reachable state (Yiwu gold). */
const OPEN_ENDED = /进一步|大幅|更加|不断/;
/** The introducer of the list (`报告指出`, `主要预期目标是`) and reporting verbs. */
const INTRO =
  /目标|指出|表示|提出|强调|认为|明确|要求|部署|建议|主要预期|提到|显示|介绍|报告|会议|如何|怎样|何在|^今年|^全年|^同时|^其中|是$|为$|有$/;
const TIME_ONLY =
  /^(?:到|至|力争到|在|于)?(?:(?:19|20)\d{2}年(?:底|末|前)?|今年|明年|全年|届时)(?:要|将|力争|确保|争取|努力)?/;
/**
 * An aim states a reached state: a completion verb first (`建成国际消费中心`, `全面完成…`,
 * `成为…门户`) or a state predicate last (`…基本同步`, `…促稳提质`, `…继续下降`,
 * `…得到有效管控`, `…成效显著`). Task clauses of the same sentence (`加快实施…`,
 * `抓好油料生产`) are work, not promises, and match neither.
 */
const AIM_FIRST = /^(?:基本|全面|率先|如期|高水平|高质量)?(?:建成|成为|完成|消除|形成|实现(?!新))/;
const AIM_LAST =
  /(?:同步|提质|平衡|下降|降低|减少|改善|好转|缩小|增强|显著|管控|可控|提高|提升|优化|稳定|巩固|建成|完成|实现|达标)$/;
/** `全部消除黑臭水体` is a count of zero (gold note 19), read by the number grammar. */
const ZERO_COUNT = /^全部消除|^全面消除/;

/**
 * Spec: milestones only where the time is written — in the sentence, or for a work report
 * and its news in the words that place the list in the report's year (`今年`, `全年`,
 * `预期目标`). A plan's task paragraph whose targets take the plan horizon gives none.
 * 全年 alone names the period of one figure (`…，全面完成工业园区转供电改造，全年工业投资
 * 增长12%以上`), not the year of a list: only `全年…目标` places one.
 */
const WRITTEN_TIME =
  /(?:19|20)\d{2}年|[〇零一二三四五六七八九]{4}年|今年|明年|预期目标|全年(?=[^，。；]{0,12}目标)/;

export function readTargetListAims(
  ctx: ItemReadingContext,
  numericItems: readonly Item[],
  milestones: readonly Item[],
): Item[] {
  const text = ctx.norm.text;
  const targets = numericItems
    .filter((i) => i.kind === 'target' && i.year !== null)
    .sort((a, b) => a.start - b.start);
  if (targets.length === 0) return [];
  const taken = [...numericItems, ...milestones].sort((a, b) => a.start - b.start);
  const sentences = new ListSentences(text, sentencesOf(ctx), ctx.norm, targets, WRITTEN_TIME);
  // A bulleted list entry read as a heading (`●外贸外资促稳提质`) is still an entry of the list.
  const headingStarts = new Set(
    ctx.headings.filter((h) => !BULLET.test(h.label)).map((h) => h.lineStart),
  );
  const out: Item[] = [];
  let cursor = 0;
  let section: number | null = null;
  for (let i = 0; i < sentences.count; i++) {
    const sStart = sentences.start(i);
    while ((ctx.headings[(section ?? -1) + 1]?.lineStart ?? Infinity) <= sStart)
      section = (section ?? -1) + 1;
    if (headingStarts.has(sStart) || insideSkipped(ctx.skipSpans, sStart)) continue;
    const headingTimed = ctx.contexts[section ?? -1]?.explicitYear === true;
    const hostYears = listYears(sentences, i, text, headingTimed);
    if (hostYears === null) continue;
    const body = text.slice(sStart, sentences.end(i));
    for (const [from, to] of clauseSpans(body, 0, body.length, CLAUSE_STOP)) {
      const clause = aimClause(body, from, to);
      if (!clause) continue;
      const [start, end] = toOriginalSpan(ctx.norm, sStart + clause.start, sStart + clause.end);
      while (cursor < taken.length && (taken[cursor]?.end ?? 0) <= start - 400) cursor++;
      if (overlaps(taken, cursor, start, end)) continue;
      out.push(
        milestoneItem(
          {
            metric: clause.metric,
            year: nearestTargetYear(sentences.targetsOf(i), start) ?? hostYears,
            start,
            end,
            section,
          },
          ctx.original,
        ),
      );
    }
  }
  return out;
}

/** The year of the target list the sentence belongs to, or null when it is in none. */
function listYears(
  sentences: ListSentences,
  i: number,
  text: string,
  headingTimed: boolean,
): number | null {
  if (i < 0 || i >= sentences.count) return null;
  if (sentences.hasTargets(i))
    return headingTimed || isTimed(sentences, i) ? sentences.firstTargetYear(i) : null;
  const prev = i - 1;
  const next = i + 1;
  if (prev < 0 || !sentences.hasTargets(prev)) return null;
  if (!headingTimed && !isTimed(sentences, prev) && !sentences.timed(i)) return null;
  const prevYear = sentences.lastTargetYear(prev);
  if (sentences.bullet(i) && sentences.bullet(prev)) return prevYear;
  const sameParagraph = (a: number, b: number): boolean =>
    !text.slice(sentences.end(a), sentences.start(b)).includes('\n') &&
    text.charAt(sentences.end(a)) !== '\n';
  if (
    next < sentences.count &&
    sentences.hasTargets(next) &&
    sameParagraph(prev, i) &&
    sameParagraph(i, next)
  )
    return prevYear;
  return null;
}

/** A sentence's time is written in it or, for a bulleted entry, in the line that opens the list. */
function isTimed(sentences: ListSentences, i: number): boolean {
  for (let k = i; k >= 0 && k >= i - 30; k--) {
    if (sentences.timed(k)) return true;
    if (!sentences.bullet(k)) return false;
  }
  return false;
}

function aimClause(
  body: string,
  start: number,
  end: number,
): { start: number; end: number; metric: string } | null {
  // A clause that introduces the list (`…主要预期目标是：`) is not an aim.
  if (body.charAt(end) === '：' || body.charAt(end) === ':') return null;
  const raw = body.slice(start, end);
  const lead = BULLET.exec(raw)?.[0].length ?? 0;
  const afterLead = raw.slice(lead);
  const time = TIME_ONLY.exec(afterLead)?.[0] ?? '';
  const core = afterLead.slice(time.length);
  if (core.length < 4 || core.length > 40) return null;
  if (/\d|[%％]/.test(core)) return null;
  if (scanQuantities(core).some((q) => q.unit !== '') || scanRanks(core).length > 0) return null;
  if (scanIdioms(core).length > 0) return null;
  if (AIM_SLOGAN.test(core) || INTRO.test(core) || ZERO_COUNT.test(core) || OPEN_ENDED.test(core))
    return null;
  if (!AIM_FIRST.test(core) && !AIM_LAST.test(core)) return null;
  return { start: start + lead + time.length, end, metric: core };
}

function nearestTargetYear(targets: readonly Item[], at: number): number | null {
  let chosen: number | null = null;
  for (const item of targets) {
    if (item.start <= at || chosen === null) chosen = item.year;
    if (item.start > at) break;
  }
  return chosen;
}

function overlaps(items: readonly Item[], from: number, start: number, end: number): boolean {
  for (let k = from; k < items.length; k++) {
    const item = items[k];
    if (!item) continue;
    if (item.start >= end) return false;
    if (start < item.end && item.start < end) return true;
  }
  return false;
}
