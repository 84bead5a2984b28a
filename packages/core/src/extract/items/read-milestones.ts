import type { Item } from '../../model/item.js';
import { clauseSpans, milestoneItem, stopCodes } from './milestone-item.js';
import { hasQuantityWithUnit } from '../numbers/scan-quantities.js';
import type { Heading } from '../outline/read-outline.js';
import { toOriginalSpan } from '../text/normalize.js';
import type { HeadingContext } from './heading-context.js';
import { decideKind } from './kind.js';
import { insideSkipped, type ItemReadingContext, sentencesOf } from './read-items.js';
import { sentenceAt } from './sentences.js';
import { scanIdioms } from './scan-idioms.js';
import { scanRanks } from './scan-ranks.js';
import { findRelativeYears } from './relative-years.js';
import { findYears } from './years.js';

/**
 * Dated commitments with no number (spec: milestones): one per verb clause
 * with a completion verb (建成, 成为, 实现, 完成, 投用 …), and only where a year
 * is written — in the sentence or in an enclosing heading (`到2027年`).
 */
const TIME_HEAD =
  /^(?:(?:到|至|力争到|力争|在|于)?(?:(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})年(?:底|末|前)?|今年|年内|本年|明年|本世纪中叶|届时)?(?:要|将|力争|确保|争取|努力)?/;
const VERB_FIRST =
  /^(?:基本|全面|高水平|高质量高水平|高标准|率先|如期|加快)?(?:建成投用|建成|成为|实现|形成|完成|投用|投运|上市|覆盖|开通|通车|达到)/;
const VERB_LAST =
  /(?:投入使用|投入运营|全面建成|基本建成|建成投用|建成|投用|投运|如期实现|上市|通车|开通|完成)$/;
/** In a sentence of annual targets, a clause with a direction is an aim too. */
const DIRECTION_LAST = /(?:基本同步|同步|持续缩小|缩小|稳步提高|持续改善|基本平衡|稳定)$/;
const VAGUE = /取得|显著|进一步|更加|不断|持续增强|大幅/;
/**
 * A clause that carries out a counted framework (`践行“八八战略”`, `深化“千万工程”`)
 * is a policy line, not a dated deliverable. A quoted name that only qualifies
 * what is delivered (`浙江大学“一带一路”国际医学院2023年投用`,
 * `成为“一带一路”开放创新中心`) does not make the clause one.
 */
const FRAMEWORK_REF =
  /(?:践行|坚持|落实|贯彻|深化|弘扬|围绕|按照|做到|增强|坚定|忠实践行|迭代深化)“[一二三四五六七八九十两\d]+[个大张项条类]?[\u4e00-\u9fff]{1,6}”/;

const CLAUSE_STOP = stopCodes('，；：');

/** Cheap test before the clause-by-clause reading: a completion verb must be present. */
const ANY_VERB =
  /建成|成为|实现|形成|完成|投用|投运|投入|上市|覆盖|开通|通车|达到|同步|缩小|提高|改善|平衡|稳定/;

export function readMilestones(ctx: ItemReadingContext, numericItems: readonly Item[]): Item[] {
  const text = ctx.norm.text;
  const out: Item[] = [];
  let headingIndex = -1;
  // numericItems are sorted by start; a moving cursor keeps the overlap test linear.
  const sorted = [...numericItems].sort((a, b) => a.start - b.start);
  let cursor = 0;
  const overlapsNumeric = (start: number, end: number): boolean => {
    while (
      cursor < sorted.length &&
      (sorted[cursor]?.end ?? 0) <= start &&
      (sorted[cursor]?.start ?? 0) < start
    )
      cursor++;
    for (let i = Math.max(0, cursor - 8); i < sorted.length; i++) {
      const item = sorted[i];
      if (!item) continue;
      if (item.start >= end) break;
      if (item.start < end && start < item.end) return true;
    }
    return false;
  };
  const sentences = sentencesOf(ctx);
  for (let i = 0; i < sentences.count; i++) {
    const sentence = sentenceAt(sentences, i);
    while (
      headingIndex + 1 < ctx.headings.length &&
      (ctx.headings[headingIndex + 1]?.lineStart ?? Infinity) <= sentence.start
    ) {
      headingIndex++;
    }
    const heading: Heading | undefined = ctx.headings[headingIndex];
    // A heading line is a title, not a commitment of its own (its items come from the grammar).
    if (heading && heading.lineStart === sentence.start && heading.normEnd >= sentence.end - 1)
      continue;
    if (insideSkipped(ctx.skipSpans, sentence.start)) continue;
    const body = text.slice(sentence.start, sentence.end);
    if (!ANY_VERB.test(body)) continue;
    const headingContext: HeadingContext | null = ctx.contexts[headingIndex] ?? null;
    const written = findYears(body).filter(
      (y) => !/[比较与同]$/.test(body.slice(Math.max(0, y.start - 1), y.start)),
    );
    const years =
      written.length > 0
        ? written
        : findRelativeYears(body, ctx.discourse?.thisYear ?? ctx.reportYear);
    const headingYear = headingContext?.explicitYear ? headingContext.year : null;
    if (years.length === 0 && headingYear === null) continue;
    const kind = decideKind(body, {
      docKind: ctx.docKind,
      reportYear: ctx.reportYear,
      heading: headingContext,
      years,
    });
    if (kind !== 'target') continue;
    const hasNumbers = hasQuantityWithUnit(body);
    for (const [from, to] of clauseSpans(body, 0, body.length, CLAUSE_STOP)) {
      const clause = readClause(body, from, to, hasNumbers);
      if (!clause) continue;
      const at = sentence.start + clause.start;
      const year = nearestYear(years, clause.start) ?? headingYear;
      if (year === null) continue;
      const [start, end] = toOriginalSpan(ctx.norm, at, sentence.start + clause.end);
      if (overlapsNumeric(start, end)) continue;
      out.push(
        milestoneItem(
          {
            metric: clause.metric,
            year,
            start,
            end,
            section: headingIndex >= 0 ? headingIndex : null,
          },
          ctx.original,
        ),
      );
    }
  }
  return out;
}

function readClause(
  body: string,
  start: number,
  end: number,
  sentenceHasNumbers: boolean,
): { start: number; end: number; metric: string } | null {
  const raw = body.slice(start, end);
  if (raw.length < 4 || raw.length > 90) return null;
  if (hasQuantityWithUnit(raw) || scanRanks(raw).length > 0 || scanIdioms(raw).length > 0)
    return null;
  if (FRAMEWORK_REF.test(raw) || VAGUE.test(raw)) return null;
  const lead = /^[\s\-*●—#]+/.exec(raw)?.[0].length ?? 0;
  const afterLead = raw.slice(lead);
  const time = TIME_HEAD.exec(afterLead)?.[0] ?? '';
  const core = afterLead.slice(time.length).replace(/^[，、]/, '');
  if (core.length < 4) return null;
  const verbFirst = VERB_FIRST.test(core);
  const verbLast = VERB_LAST.test(core);
  const direction = sentenceHasNumbers && DIRECTION_LAST.test(core);
  if (!verbFirst && !verbLast && !direction) return null;
  const metric = core.replace(/^(?:要|将)/, '');
  return { start: start + lead + (verbFirst ? time.length : 0), end, metric };
}

function nearestYear(years: readonly { year: number; start: number }[], at: number): number | null {
  // Years are few per sentence in real text, but a pathological one-line input can hold
  // thousands: only the last year before the clause (or just inside it) counts.
  let chosen: number | null = null;
  for (const y of years) {
    if (y.start < at) chosen = y.year;
    else {
      if (chosen === null && y.start <= at + 40) chosen = y.year;
      break;
    }
  }
  return chosen;
}
