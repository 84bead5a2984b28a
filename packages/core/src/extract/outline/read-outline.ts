import { isWhiteSpace } from '../text/char-classes.js';
import type { OutlineEntry } from '../../model/outline.js';
import { type NormalizedText, toOriginalSpan } from '../text/normalize.js';
import {
  type HeadingMatch,
  isPlainTitle,
  MARKER_ORDER,
  type MarkerKind,
  matchHeading,
} from './heading-patterns.js';
import { headingContinuationEnd } from './heading-continuation.js';
import { runInSubheads } from './run-in-heads.js';

/** An outline entry plus the normalised offsets the rest of the grammar works with. */
export interface Heading extends OutlineEntry {
  readonly normStart: number;
  readonly normEnd: number;
  /** Where the heading's line starts and ends in the normalised text. */
  readonly lineStart: number;
  readonly lineEnd: number;
}

/** Numbered paragraphs of a work report that may hold topic heads run into them. */
const RUN_IN_PARENTS: ReadonlySet<MarkerKind> = new Set([
  'cn-paren',
  'arabic',
  'arabic-paren',
  'cn-ordinal',
]);

/** A short sentence of ideographs opening a paragraph that runs on (`深入打好蓝天保卫战。…`). */
const RUN_IN_PARAGRAPH = /^([\u4e00-\u9fff]{5,12})。(?=[\u4e00-\u9fff“])/;

const TITLE_STOP = /[。！？!?；;]/;
const RUN_IN_STOP = /[。！？!?；;，,：:]/;

export interface OutlineOptions {
  /** News articles: unnumbered title and subtitle lines are headings (see isPlainTitle). */
  readonly plainTitles?: boolean;
}

export function readOutline(norm: NormalizedText, options: OutlineOptions = {}): Heading[] {
  const text = norm.text;
  const headings: Heading[] = [];
  const kindsPresent = new Set<MarkerKind>();
  for (let at = 0; at <= text.length;) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    const match = end > at ? matchHeading(text.slice(at, Math.min(end, at + 12))) : null;
    if (match) kindsPresent.add(match.kind);
    at = end + 1;
  }
  // A plain marker's depth is its rank among the kinds this document uses.
  const plainLevels = new Map<MarkerKind, number>();
  for (const kind of MARKER_ORDER)
    if (kindsPresent.has(kind)) plainLevels.set(kind, plainLevels.size + 1);
  let markdownLevel = -1;
  let lineStart = 0;
  let previousLineEnd = '';
  const plainTitles = options.plainTitles === true && !kindsPresent.has('markdown');
  let seenText = false;
  const paragraphHeads: Heading[] = [];
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    let match = line.length > 0 ? matchHeading(line) : null;
    // `三是…` after a line ending in ；or ，is a list inside a paragraph, not a run-in head.
    if (match?.kind === 'cn-ordinal' && !/[。！？!?：:]$|^$/.test(previousLineEnd)) match = null;
    if (!match && plainTitles && isPlainTitle(line)) {
      // The first line is the article's title (level 0); later ones are its subtitles,
      // only when body text follows them.
      const nextEnd = text.indexOf('\n', lineEnd + 1);
      const next = text.slice(lineEnd + 1, nextEnd === -1 ? text.length : nextEnd);
      if (!seenText || next.includes('。'))
        match = {
          kind: 'markdown',
          depth: seenText ? 2 : 1,
          label: '',
          labelStart: 0,
          titleStart: 0,
        };
    }
    // `深入打好蓝天保卫战。打好…`: a paragraph opened by a short titled sentence (news on a
    // plan, a report's sections as the press prints them); kept only when the document has
    // two or more (below).
    if (!match && plainTitles && seenText) {
      const head = RUN_IN_PARAGRAPH.exec(line);
      if (head?.[1]) {
        const heading = toHeading(
          norm,
          { kind: 'markdown', depth: 2, label: '', labelStart: 0, titleStart: 0 },
          { line: line.slice(0, head[1].length), lineStart, lineEnd, markdownLevel, plainLevels },
        );
        if (heading) paragraphHeads.push(heading);
      }
    }
    const lastVisible = lastNonWhiteSpace(line);
    if (lastVisible >= 0) {
      seenText = true;
      previousLineEnd = line.charAt(lastVisible);
    }
    // A heading line ends its own paragraph, whatever its last character.
    if (match) previousLineEnd = '';
    if (match) {
      const heading = toHeading(norm, match, {
        line,
        lineStart,
        lineEnd,
        markdownLevel,
        plainLevels,
      });
      if (heading) {
        headings.push(heading);
        if (RUN_IN_PARENTS.has(match.kind) && line.charAt(heading.normEnd - lineStart) === '。')
          headings.push(...runInSubheads(norm, heading));
        if (match.kind === 'markdown') markdownLevel = heading.level;
      }
    }
    lineStart = lineEnd + 1;
  }
  if (paragraphHeads.length < 2) return headings;
  return [...headings, ...paragraphHeads].sort((a, b) => a.normStart - b.normStart);
}

interface LineContext {
  readonly line: string;
  readonly lineStart: number;
  readonly lineEnd: number;
  readonly markdownLevel: number;
  readonly plainLevels: ReadonlyMap<MarkerKind, number>;
}

function toHeading(norm: NormalizedText, match: HeadingMatch, ctx: LineContext): Heading | null {
  const { line, lineStart } = ctx;
  let titleEnd = line.length;
  // Markdown headings and 一、 headings are whole lines; numbered tasks and
  // paragraph heads (——, ●) are titled by their first sentence.
  if (
    match.kind !== 'markdown' &&
    match.kind !== 'cn-comma' &&
    match.kind !== 'part' &&
    match.kind !== 'chapter' &&
    match.kind !== 'section'
  ) {
    // A run-in head (`一是…，`) is titled by its first clause.
    const stops = match.kind === 'cn-ordinal' ? RUN_IN_STOP : TITLE_STOP;
    const stop = stops.exec(line.slice(match.titleStart));
    if (stop) titleEnd = match.titleStart + stop.index;
    else if (line.length - match.titleStart > 60) return null;
  }
  while (titleEnd > match.titleStart && /[。：:，,\s]/.test(line.charAt(titleEnd - 1))) titleEnd--;
  if (titleEnd <= match.titleStart) return null;
  // A —— paragraph whose first sentence runs on over commas (`——令人振奋的是，工业经济…`)
  // is an emphatic paragraph of a work report, not a titled head (`——经济发展再上新台阶。`).
  if (match.kind === 'dash' && /[，,]/.test(line.slice(match.titleStart, titleEnd))) return null;
  // A plain numbered line that runs on for paragraphs is body text, not a heading.
  if (match.kind === 'bullet' && titleEnd - match.titleStart > 200) return null;
  const level = levelOf(match, ctx);
  const normStart = lineStart + match.titleStart;
  const normEnd = lineStart + titleEnd;
  const [start, lineTitleEnd] = toOriginalSpan(norm, normStart, normEnd);
  let title = norm.text.slice(normStart, normEnd);
  let end = lineTitleEnd;
  // A 一、 title cut by a line break runs on over it: the stored title and the source span
  // are the whole heading; the grammar's offsets (normEnd, lineEnd) stay on its first line.
  const continuationEnd =
    match.kind === 'cn-comma' && titleEnd === line.length
      ? headingContinuationEnd(norm.text, title, ctx.lineEnd)
      : null;
  if (continuationEnd !== null) {
    let restEnd = continuationEnd;
    while (restEnd > ctx.lineEnd + 1 && /[。：:，,\s]/.test(norm.text.charAt(restEnd - 1)))
      restEnd--;
    title += norm.text.slice(ctx.lineEnd + 1, restEnd).replaceAll('\n', '');
    end = toOriginalSpan(norm, ctx.lineEnd + 1, restEnd)[1];
  }
  return {
    level,
    label: match.label,
    title,
    start,
    end,
    normStart,
    normEnd,
    lineStart,
    lineEnd: ctx.lineEnd,
  };
}

function levelOf(match: HeadingMatch, ctx: LineContext): number {
  if (match.kind === 'markdown') return match.depth - 1;
  if (ctx.markdownLevel >= 0) return ctx.markdownLevel + 1;
  return ctx.plainLevels.get(match.kind) ?? 1;
}

/** Index of the line's last character that is not white space, or -1 for a blank line. */
function lastNonWhiteSpace(line: string): number {
  let at = line.length - 1;
  while (at >= 0 && isWhiteSpace(line.charCodeAt(at))) at--;
  return at;
}
