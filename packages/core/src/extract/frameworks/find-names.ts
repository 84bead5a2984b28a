/**
 * Where a counted structure is named: in quotes (“138”, “九个中心”, “三优化一提升”)
 * or unquoted with a measure word (三大新赛道, 十大行动, 六类人群, 5大攻坚行动).
 */
export interface NameMention {
  /** The counted name without quotes. */
  readonly name: string;
  /** Normalised offsets of the name (quotes included when quoted). */
  readonly start: number;
  readonly end: number;
  readonly quoted: boolean;
}

const CN = '一二三四五六七八九十两双百千万';
const QUOTED = new RegExp(`“((?:[${CN}]|\\d)[^“”\\n]{0,9})”`, 'g');
/** Label heads that end a counted noun phrase. */
const HEADS =
  '网络|林长|中心|典范|行动|赛道|场景|张牌|牌|走廊|片区|项目|平台|领域|表现|特色|人群|单元|监督|形态|规定|意识|自信|维护|坚持|战略|工程|革命|攻坚战|任务|板块|高地|基地|样板|服务|高速|市场|功能区|产业|机制|体系|工作|措施|举措|目标|方面|环节|定位|优势|重点|导向|原则|理念|路径|要素|品牌|工程|节点|枢纽|地|大事|压力|经济区|类别|要求|约束性指标';
const UNQUOTED = new RegExp(
  `(?:[${CN}]{1,3}|\\d{1,2})(?:个|大|项|类|种|张|条|级|件|重)(?:[\\u4e00-\\u9fff]{0,6}?)(?:${HEADS})`,
  'g',
);

/** Quoted strings that start with a number but are amounts, dates or titles, not structures. */
const NOT_A_NAME =
  /^\d+(?:\.\d+)?(?:%|万|亿|元|年|月|日|个|家|号)|^\d{4}|^[一二三四五六七八九十]+五$|^(?:一带一路|一体化|一站式|一网通办|一件事|一张图|一码)/;

export function findCountedNames(text: string): NameMention[] {
  const found: NameMention[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const name = m[1] ?? '';
    if (NOT_A_NAME.test(name)) continue;
    if (/^\d/.test(name) && !/^\d+(?:\+\d+)*$/.test(name)) continue;
    // “3”即…: a single digit in quotes introduces a part, it is not a name; nor is a long number.
    if (/^\d+$/.test(name) && (name.length > 4 || name.length < 2)) continue;
    // “一个市”, “一把手”, “一线”: slogans with a single thing counted once, not structures.
    if (
      /^[一二][^一二三四五六七八九十两双]?$/.test(name) ||
      /^一[^一二三四五六七八九十两双]*$/.test(name)
    )
      continue;
    found.push({ name, start: m.index, end: m.index + m[0].length, quoted: true });
  }
  // Quoted names do not overlap and come in text order, as do the unquoted matches, so
  // one pointer finds the only quoted name that can hold a match: the last one starting at
  // or before it. (An unquoted name never holds a later match: matches do not overlap and
  // are longer than the two characters a name may be extended by.) Searching every name
  // found so far made a large document quadratic.
  const quoted = found.length;
  let holder = -1;
  for (const m of text.matchAll(UNQUOTED)) {
    const start = m.index;
    const end = start + m[0].length;
    while (holder + 1 < quoted && (found[holder + 1]?.start ?? Infinity) <= start) holder++;
    const around = found[holder];
    if (around !== undefined && around.start <= start && end <= around.end) continue;
    // Amounts (3个百分点) and ordinals (第三大) are not structures.
    const before = text.charAt(start - 1);
    if (before === '第' || /\d/.test(before)) continue;
    if (/^[一两]个/.test(m[0])) continue;
    // 10个以上标志性产业链: an amount; only 大 makes an arabic count a name (5大攻坚行动).
    if (/^\d+[^大]/.test(m[0])) continue;
    // 两大产业平台: a second head right after the first belongs to the name.
    const more = /^(?:平台|中心|体系|工程|行动|基地|高地|网络|板块)/.exec(text.slice(end, end + 2));
    const fullEnd = end + (more ? more[0].length : 0);
    found.push({ name: text.slice(start, fullEnd), start, end: fullEnd, quoted: false });
  }
  return found.sort((a, b) => a.start - b.start);
}
