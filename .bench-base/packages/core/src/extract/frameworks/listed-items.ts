import type { CountedPart } from './count-name.js';

/**
 * The names a text lists for a counted structure: the 、-list right before it
 * (`沪浙闽、义甬舟、温义合三大交通走廊`), an enumeration after it (`一是…；二是…`),
 * or phrases ending in the counted noun that follow (`成为…中心。成为…中心`).
 */
const LEAD_VERBS =
  /^(?:全力打造|全力塑造|聚力打造|加快建设|加快打造|着力打造|打造|建设|聚焦|竞逐|塑造|推进|实施|开展|深化|推动|加强|成为|构建|做强|做优|建成|形成|以|把|在|对|将|重点|全面)+/;

const VERB_ONLY =
  /^(?:践行|坚定|做到|增强|坚持|落实|贯彻|牢记|树立|弘扬|深化|推进|实施|打造|建设|践行好|坚决做到)$/;

export function itemsBefore(
  text: string,
  nameStart: number,
  count: number,
): { items: string[]; start: number } | null {
  let from = nameStart;
  while (from > 0 && !/[，。；：\n]/.test(text.charAt(from - 1)) && nameStart - from < 160) from--;
  let segment = text.slice(from, nameStart);
  let offset = from;
  // A quoted list directly before the name: “数字化、双循环、共同富裕”三大新赛道.
  const quoted = /“([^“”]+)”$/.exec(segment);
  if (quoted?.[1] && /[、]/.test(quoted[1])) {
    segment = quoted[1];
    offset = from + (quoted.index ?? 0) + 1;
  }
  segment = segment.replace(/等$/, '');
  const pieces = segment.split(/、|和|及/).map((p) => p.trim());
  if (pieces.length < 2 || pieces.length > count + 2 || count > 30) return null;
  if (pieces.some(isSiblingFormulation)) return null;
  const rest = pieces.slice(1);
  // The first piece carries the clause's verb and context (做实机关, 全力推进自贸试验区贸易):
  // a listed name is about as long as its siblings, so keep only its tail.
  let first = (pieces[0] ?? '').replace(/^[-#●\s\d.、]+/, '').replace(LEAD_VERBS, '');
  const lengths = rest.map((p) => p.length).sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? first.length;
  if (first.length > median + 1) first = first.slice(first.length - median);
  // Cut inside a quote (`国之大者”` → `者”`): the list is of clauses, not of names.
  if (/[”"]/.test(first) && !/[“"]/.test(first.replace(/[”"]$/, ''))) return null;
  // The piece next to the name is only its verb (`…、践行“三个代表”`): clauses again.
  if (VERB_ONLY.test(pieces[pieces.length - 1] ?? '')) return null;
  const items = [first, ...rest].map((p) => p.replace(/^[“”]|[“”]$/g, ''));
  if (items.some((item) => item.length === 0 || item.length > 24)) return null;
  return { items, start: offset + ((pieces[0] ?? '').length - first.length) };
}

/**
 * A piece that is itself a counted formulation or a quote cut open
 * (`增强“四个意识”、坚定“四个自信”、做到“两个维护”`): the list names sibling
 * formulations, not the members of the name after it, and must never be shown
 * as its members (a garbled political formulation is a reputational risk).
 */
function isSiblingFormulation(piece: string): boolean {
  const opens = piece.split('“').length - 1;
  const closes = piece.split('”').length - 1;
  const ascii = piece.split('"').length - 1;
  if (opens !== closes || ascii % 2 === 1) return true;
  return /[一二三四五六七八九十两]个|[一二三四五六七八九十]大|[一二三四五六七八九十两]项/.test(
    piece,
  );
}

/** 一是…；二是…；… within the window after the name. */
export function enumeratedAfter(
  text: string,
  from: number,
  count: number,
): { items: string[]; end: number } | null {
  const window = text.slice(from, from + 80 + Math.min(count, 20) * 200);
  const first = /一是/.exec(window);
  if (!first || first.index > 60) return null;
  const items: string[] = [];
  let end = from;
  const re = /(?:一|二|三|四|五|六|七|八|九|十)是([^；;。]+)[；;。]?/g;
  re.lastIndex = first.index;
  for (const m of window.matchAll(re)) {
    if ((m.index ?? 0) < first.index) continue;
    items.push((m[1] ?? '').trim());
    end = from + (m.index ?? 0) + (m[1] ?? '').length + 2;
    if (items.length >= count) break;
  }
  return items.length >= 2 ? { items, end } : null;
}

/** Phrases ending with the counted noun after the name (`全力打造全球市场典范`, `实施市场繁荣行动`). */
export function headPhrasesAfter(
  text: string,
  from: number,
  part: CountedPart,
): { items: string[]; end: number } | null {
  const head = part.label.slice(-2);
  if (head.length === 0) return null;
  const window = text.slice(from, from + 120 + Math.min(part.count, 20) * 120);
  const re = new RegExp(
    `(?:^|[\\n。；：，、])([^，。；：、\\n]{1,30}?${escapeRegExp(head)})(?=[，。；：、\\n”]|$)`,
    'g',
  );
  const items: string[] = [];
  let end = from;
  for (const m of window.matchAll(re)) {
    const raw = (m[1] ?? '').replace(/^[-#●\s\d.、]+/, '');
    const item = raw.replace(LEAD_VERBS, '');
    if (
      item.length < 2 ||
      item === part.label ||
      items.includes(item) ||
      /[一二三四五六七八九十两]个|[一二三四五六七八九十]大/.test(item)
    )
      continue;
    if (/^“[^”]*”$/.test(raw)) continue;
    if (items.length === 0 && (m.index ?? 0) > 160) return null;
    items.push(item);
    end = from + (m.index ?? 0) + m[0].length;
    if (items.length >= part.count) break;
  }
  return items.length >= 2 ? { items, end } : null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
