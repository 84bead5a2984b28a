import type { Item } from '../../model/item.js';

/**
 * `A、B和C的X分别为a、b和c` (“respectively”): statistical communiqués, work reports and
 * their news give several figures in one clause, the i-th figure measuring the i-th member.
 * The grammar reads the whole list as each figure's metric; this pass gives each figure its
 * own member, with the measure the members share (`广东、江苏、山东和浙江的GDP增速分别是2%、
 * 1.6%、3.6%和2.5%` → 广东GDP增速 … 浙江GDP增速). Two set phrases of official statistics name
 * their members without listing them: 城乡居民 (城镇居民, 农村居民) and 三次产业 (第一、
 * 第二、第三产业). A list whose members do not match its figures in number is left alone.
 */
export function splitRespectiveLists(items: readonly Item[]): Item[] {
  const out = [...items];
  for (let i = 0; i < out.length;) {
    const first = out[i];
    let j = i + 1;
    while (
      first &&
      j < out.length &&
      out[j]?.start === first.start &&
      out[j]?.metric === first.metric &&
      out[j]?.kind === first.kind
    )
      j++;
    if (first && j - i >= 2) {
      const names = respectiveNames(first.metric, first.text, j - i);
      if (names)
        for (let k = i; k < j; k++) {
          const item = out[k];
          const name = names[k - i];
          if (item && name) out[k] = { ...item, metric: name };
        }
    }
    i = j;
  }
  return out;
}

/** A measure the members of a list share, written once after the last one (`…装备制造业增加值`). */
const SHARED_MEASURE =
  /(?:增加值|增速|增幅|产量|总额|总值|产值|收入|支出|人口|人数|比重|投资|规模|面积)$/;
/** An age band that labels a group of people (`0-17岁`, `60岁及以上`). */
const AGE_BAND = /^\d{1,3}(?:[-~～至]\d{1,3})?岁(?:及以上|以上|及以下|以下)?/;
/** A member that already names a measure (`城镇调查失业率`, `居民消费价格涨幅`) takes none. */
const OWN_MEASURE = /[率幅值量额数重入出口资积模价]$/;

/** The metric of each of `count` figures, or null when the clause is not such a list. */
export function respectiveNames(metric: string, text: string, count: number): string[] | null {
  const at = text.indexOf(metric);
  if (at < 0 || !/^[^，。；]{0,4}分别/.test(text.slice(at + metric.length))) return null;
  if (metric.startsWith('城乡居民') && count === 2)
    return ['城镇居民', '农村居民'].map((who) => who + metric.slice(4));
  if (metric.startsWith('三次产业') && count === 3)
    return ['第一产业', '第二产业', '第三产业'].map((which) => which + metric.slice(4));
  const members = listMembers(metric, count);
  return members ? withSharedMeasure(members) : null;
}

/** Members of a list with the measure written once after the last one (`…的GDP增速`, `…增加值`). */
function withSharedMeasure(members: string[]): string[] {
  const last = members[members.length - 1] ?? '';
  const of = last.lastIndexOf('的');
  if (of > 0) {
    const measure = last.slice(of + 1);
    members[members.length - 1] = last.slice(0, of);
    return members.map((m) => m + measure);
  }
  // Age bands (`0-17岁、18-34岁、…、60岁及以上户籍人口`): all after the last band is shared.
  const band = AGE_BAND.exec(last)?.[0];
  if (band && members.slice(0, -1).every((m) => AGE_BAND.exec(m)?.[0] === m)) {
    const measure = last.slice(band.length);
    return members.map((m, k) => (k === members.length - 1 ? m : m + measure));
  }
  const shared = SHARED_MEASURE.exec(last)?.[0];
  if (shared === undefined || last.length <= shared.length) return members;
  return members.map((m, k) => (k === members.length - 1 || OWN_MEASURE.test(m) ? m : m + shared));
}

/** `A、B、C和D` split into its members, when there are exactly `count` of them. */
function listMembers(metric: string, count: number): string[] | null {
  const pieces = metric.split('、');
  const last = pieces.pop() ?? '';
  const joined = /^(.{2,}?)(?:和|及(?!以[上下])|与)(.{2,})$/.exec(last);
  const members = joined ? [...pieces, joined[1] ?? '', joined[2] ?? ''] : [...pieces, last];
  if (members.length !== count || members.some((m) => m.length < 2)) return null;
  return members;
}

/**
 * `浙江、山西、江苏、安徽、江西增速也均超过10%`, `粮食、蔬菜产量均增长3%以上`: one figure
 * that each member of a list reaches (均/都). News and reports state it once; it is one item
 * per member, each named by its member and the measure they share. Ranks are split by the
 * rank reader already.
 */
export function expandSharedFigures(items: readonly Item[]): Item[] {
  const out: Item[] = [];
  for (const item of items) {
    const names = item.kind === 'milestone' || item.measure === 'rank' ? null : sharedNames(item);
    if (names === null) out.push(item);
    else for (const metric of names) out.push({ ...item, metric });
  }
  return out;
}

function sharedNames(item: Item): string[] | null {
  if (!item.metric.includes('、')) return null;
  const metric = item.metric.replace(/[也都]+$/, '');
  const at = item.text.indexOf(metric);
  if (at < 0 || !/^[也都]*均/.test(item.text.slice(at + metric.length))) return null;
  const pieces = metric.split('、');
  const joined = /^.{2,}?(?:和|及(?!以[上下])|与).{2,}$/.test(pieces[pieces.length - 1] ?? '');
  const members = listMembers(metric, pieces.length + (joined ? 1 : 0));
  return members ? withSharedMeasure(members) : null;
}
