/**
 * Heading markers of Chinese official documents, in the order they nest:
 * 一、 / （一） / 1. / （1）, plus —— and ● paragraph heads and Markdown #.
 */
export type MarkerKind =
  | 'markdown'
  | 'part'
  | 'chapter'
  | 'section'
  | 'cn-comma'
  | 'cn-paren'
  | 'arabic'
  | 'arabic-paren'
  | 'cn-ordinal'
  | 'dash'
  | 'bullet';

/** Plain markers from outermost to innermost, as plans nest them (篇 章 节 一、 （一） 1. （1）). */
export const MARKER_ORDER: readonly Exclude<MarkerKind, 'markdown'>[] = [
  'part',
  'chapter',
  'section',
  'cn-comma',
  'cn-paren',
  'arabic',
  'arabic-paren',
  'cn-ordinal',
  'dash',
  'bullet',
];

export interface HeadingMatch {
  readonly kind: MarkerKind;
  /** Markdown depth (number of #), 0 otherwise. */
  readonly depth: number;
  /** The numbering as written (`八、`, `25.`, `（一）`, `——`), '' if none. */
  readonly label: string;
  /** Offset (in the line) where the label starts and where the title starts. */
  readonly labelStart: number;
  readonly titleStart: number;
}

const MARKDOWN = /^(#{1,6})\s*/;
const PART = /^第[一二三四五六七八九十百]{1,4}篇\s*/;
const CHAPTER = /^第[一二三四五六七八九十百]{1,4}章\s*/;
const SECTION = /^第[一二三四五六七八九十百]{1,4}节\s*/;
const CN_COMMA = /^[一二三四五六七八九十]{1,3}、/;
const CN_PAREN = /^[（(][一二三四五六七八九十]{1,3}[）)]/;
const ARABIC_PAREN = /^[（(]\d{1,2}[）)]/;
// `25.` or `3、` but not `2.5亿`, nor a year or a figure (`2025年`, `30%`).
const ARABIC_DOT = /^\d{1,3}[.．、](?!\d)/;
const ARABIC_BARE = /^\d{1,2}(?=[\u4e00-\u9fff“])(?![\d.%年月日号万亿个家名位条项])/;
/** A work report's run-in heads: `一是加大宏观政策实施力度。` at the start of a paragraph. */
const CN_ORDINAL = /^[一二三四五六七八九十]{1,3}是(?=[\u4e00-\u9fff“])/;
const DASH = /^——(?=\S)/;
/**
 * A speech's dateline or a byline under its title is not a heading:
 * `——2023年3月5日在第十四届全国人民代表大会第一次会议上`, `——记…`, `——访…`.
 */
const DATELINE =
  /^——\s*(?:(?:19|20)\d{2}\s*年|[〇○一二三四五六七八九零]{4}年|[记访摘])|^——[^。；]{0,40}在[^。；]{0,40}(?:会议|大会|会)上/;
const BULLET = /^[●■◆▲]\s*/;

/** Recognises a heading marker at the start of a normalised line. */
export function matchHeading(line: string): HeadingMatch | null {
  const md = MARKDOWN.exec(line);
  if (md?.[1]) {
    const rest = line.slice(md[0].length);
    const inner = matchNumbering(rest);
    const offset = md[0].length;
    if (inner && inner.kind !== 'bullet' && inner.kind !== 'dash') {
      return {
        ...inner,
        kind: 'markdown',
        depth: md[1].length,
        labelStart: offset,
        titleStart: offset + inner.titleStart,
      };
    }
    return {
      kind: 'markdown',
      depth: md[1].length,
      label: '',
      labelStart: offset,
      titleStart: offset,
    };
  }
  return matchNumbering(line);
}

function matchNumbering(line: string): HeadingMatch | null {
  return (
    tryOne(line, PART, 'part') ??
    tryOne(line, CHAPTER, 'chapter') ??
    tryOne(line, SECTION, 'section') ??
    tryOne(line, CN_COMMA, 'cn-comma') ??
    tryOne(line, CN_PAREN, 'cn-paren') ??
    tryOne(line, ARABIC_PAREN, 'arabic-paren') ??
    tryOne(line, ARABIC_DOT, 'arabic') ??
    tryOne(line, ARABIC_BARE, 'arabic') ??
    tryOne(line, CN_ORDINAL, 'cn-ordinal') ??
    (DATELINE.test(line) ? null : tryOne(line, DASH, 'dash')) ??
    tryOne(line, BULLET, 'bullet')
  );
}

// At module level, not a closure per line: tsx (the benchmarks) names every closure
// with a defineProperty call, a cost paid once per line of the document.
function tryOne(line: string, re: RegExp, kind: MarkerKind): HeadingMatch | null {
  const m = re.exec(line);
  if (!m) return null;
  const label = m[0].trim();
  return { kind, depth: 0, label, labelStart: 0, titleStart: m[0].length };
}

/** Bylines, sources and captions a news page puts on lines of their own. */
const BYLINE = /记者|编辑|来源|作者|通讯员|^文[/｜|]|[/｜|]图$|^图[/｜|：:]/;

/**
 * A news article's title and subtitles carry no marker: a short line of its own, with
 * no full stop and no closing comma or colon (`广州成功卡位“第四城”`,
 * `李克强在政府工作报告中提出今年发展主要预期目标`). Bylines, captions and datelines are not.
 */
export function isPlainTitle(line: string): boolean {
  const t = line.trim();
  const length = [...t].length;
  if (length < 4 || length > 40) return false;
  if (t.includes('。') || /[；;：:，,、]$/.test(t)) return false;
  if (/^[（(【[]|[）)】\]]$/.test(t)) return false;
  if (BYLINE.test(t)) return false;
  if (/^\d{1,2}月\d{1,2}日|^(?:19|20)\d{2}[-.年/]\d/.test(t)) return false;
  return /[\u4e00-\u9fff]/.test(t);
}
