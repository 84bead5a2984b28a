import { parseChineseNumeral } from '../numbers/chinese-numerals.js';

/**
 * Rank mentions: 第1位, 全国第一, 首位, 前三名, 第二大, 领跑全国, 争第一.
 * Offsets are into the scanned sentence.
 */
export interface RankMention {
  readonly start: number;
  readonly end: number;
  readonly rank: number;
  /** `<=` for 前N名 (within the top N), `=` otherwise. */
  readonly comparator: '=' | '<=';
  /** Set when the mention names its own scope (`领跑全国`). */
  readonly scope: string | null;
  /** 位 or 名 as written (位 when neither is). */
  readonly unit: string;
  /** What is ranked when written after the rank (`第一大市场` → 市场), else absent. */
  readonly rankedNoun?: string;
}

const ORDINAL = /第(\d{1,3}|[一二三四五六七八九十]{1,3})(位|名|大)?/g;
const TOP_N = /前(\d{1,3}|[一二三四五六七八九十]{1,3})(名|位|强)?/g;
const BOUNDARY = /^(?:$|[，。；、：）)\n”])/;

function toNumber(text: string): number | null {
  return /^\d/.test(text) ? Number(text) : parseChineseNumeral(text);
}

const ANY_RANK = /第|前|首位|领跑|居首/;

export function scanRanks(text: string): RankMention[] {
  if (!ANY_RANK.test(text)) return [];
  const found: RankMention[] = [];
  for (const m of text.matchAll(ORDINAL)) {
    const rank = toNumber(m[1] ?? '');
    if (rank === null || rank === 0) continue;
    const end = m.index + m[0].length;
    const contest = text.slice(Math.max(0, m.index - 1), m.index) === '争';
    if (!m[2] && !BOUNDARY.test(text.slice(end, end + 1)) && !contest) continue;
    if (m[2] === '大' && !/^[\u4e00-\u9fff]/.test(text.slice(end, end + 1))) continue;
    const noun =
      m[2] === '大' ? /^[\u4e00-\u9fff]{1,6}/.exec(text.slice(end, end + 6))?.[0] : undefined;
    found.push({
      start: m.index,
      end,
      rank,
      comparator: '=',
      scope: null,
      unit: m[2] === '名' ? '名' : '位',
      ...(noun === undefined ? {} : { rankedNoun: noun }),
    });
  }
  for (const m of text.matchAll(TOP_N)) {
    const rank = toNumber(m[1] ?? '');
    if (rank === null || rank === 0 || rank > 100) continue;
    const end = m.index + m[0].length;
    if (!m[2] && !BOUNDARY.test(text.slice(end, end + 1))) continue;
    // 前三季度, 前列 and similar are not ranks.
    if (/^[季月年列]/.test(text.slice(end, end + 1))) continue;
    found.push({
      start: m.index,
      end,
      rank,
      comparator: '<=',
      scope: null,
      unit: m[2] === '名' ? '名' : '位',
    });
  }
  for (const m of text.matchAll(/首位|领跑全国|全国领跑|居首/g)) {
    const scope = m[0].includes('全国') ? '全国' : null;
    if (m[0] === '首位' && !BOUNDARY.test(text.slice(m.index + 2, m.index + 3))) continue;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      rank: 1,
      comparator: '=',
      scope,
      unit: '位',
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Where a ranking's scope starts: the place words that open it. */
export const SCOPE_START =
  /(全国|全省|全市|全球|世界|中国|浙江|省内|国内|金华|长三角|全区|全州|同类)/;
