import type { OutlineEntry } from '../../model/outline.js';
import { type NormalizedText, toOriginalSpan } from '../text/normalize.js';
import { type HeadingMatch, type MarkerKind, matchHeading } from './heading-patterns.js';

/** An outline entry plus the normalised offsets the rest of the grammar works with. */
export interface Heading extends OutlineEntry {
  readonly normStart: number;
  readonly normEnd: number;
  /** Where the heading's line starts and ends in the normalised text. */
  readonly lineStart: number;
  readonly lineEnd: number;
}

/** Fixed depth of each plain marker in a document without Markdown headings. */
const PLAIN_LEVEL: Record<Exclude<MarkerKind, 'markdown'>, number> = {
  'cn-comma': 1,
  'cn-paren': 2,
  arabic: 2,
  'arabic-paren': 3,
  dash: 3,
  bullet: 3,
};

const TITLE_STOP = /[。！？!?；;]/;

export function readOutline(norm: NormalizedText): Heading[] {
  const text = norm.text;
  const hasCnParen = /(^|\n)[（(][一二三四五六七八九十]{1,3}[）)]/.test(text);
  const headings: Heading[] = [];
  let markdownLevel = -1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const match = line.length > 0 ? matchHeading(line) : null;
    if (match) {
      const heading = toHeading(norm, match, {
        line,
        lineStart,
        lineEnd,
        markdownLevel,
        hasCnParen,
      });
      if (heading) {
        headings.push(heading);
        if (match.kind === 'markdown') markdownLevel = heading.level;
      }
    }
    lineStart = lineEnd + 1;
  }
  return headings;
}

interface LineContext {
  readonly line: string;
  readonly lineStart: number;
  readonly lineEnd: number;
  readonly markdownLevel: number;
  readonly hasCnParen: boolean;
}

function toHeading(norm: NormalizedText, match: HeadingMatch, ctx: LineContext): Heading | null {
  const { line, lineStart } = ctx;
  let titleEnd = line.length;
  // Markdown headings and 一、 headings are whole lines; numbered tasks and
  // paragraph heads (——, ●) are titled by their first sentence.
  if (match.kind !== 'markdown' && match.kind !== 'cn-comma') {
    const stop = TITLE_STOP.exec(line.slice(match.titleStart));
    if (stop) titleEnd = match.titleStart + stop.index;
    else if (line.length - match.titleStart > 60) return null;
  }
  while (titleEnd > match.titleStart && /[。：:，,\s]/.test(line.charAt(titleEnd - 1))) titleEnd--;
  if (titleEnd <= match.titleStart) return null;
  // A plain numbered line that runs on for paragraphs is body text, not a heading.
  if (match.kind === 'bullet' && titleEnd - match.titleStart > 200) return null;
  const level = levelOf(match, ctx);
  const normStart = lineStart + match.titleStart;
  const normEnd = lineStart + titleEnd;
  const [start, end] = toOriginalSpan(norm, normStart, normEnd);
  return {
    level,
    label: match.label,
    title: norm.text.slice(normStart, normEnd),
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
  if (match.kind === 'arabic' && ctx.hasCnParen) return 3;
  return PLAIN_LEVEL[match.kind];
}
