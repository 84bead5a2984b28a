import { type NormalizedText, toOriginalSpan } from '../text/normalize.js';
import type { Heading } from './read-outline.js';

/**
 * A short sentence of ideographs only (`项目建设提速增效。`): subject and a four-character
 * predicate, no number, no comma. Bounded so the scan stays linear on long lines.
 */
const SHORT_SENTENCE = /(?<=。)([\u4e00-\u9fff]{6,12})。(?=[^\n])/g;
/** Openings and endings of an ordinary short sentence, not a topic head. */
const NOT_A_HEAD =
  /^(?:我们|这|其|但|同时|此外|因此|特别|尤其|并|而|也|还|又|就|都)|[了的吗呢吧啊]$/;
/**
 * A plan's task sentences open with a verb or an adverb of manner (`建设海绵城市。`,
 * `深入实施种业振兴行动。`, `高标准建成…`); a review's topic heads open with the field they
 * sum up (`项目建设提速增效。`, `招商引资成效显著。`).
 */
const TASK_OPENING =
  /^(?:高标准|高质量|高水平|全域|全力|全面|深入|扎实|持续|大力|积极|着力|加快|加大|加强|加紧|建设|建成|建立|完善|强化|实施|推进|推动|提升|提高|健全|构建|打造|深化|优化|培育|发展|坚持|落实|做好|抓好|创建|开展|促进|支持|鼓励|稳定|保障|巩固|扩大|增强|筑牢|守住|统筹|聚焦|围绕|争创|力争|确保|实现|开工|启动|谋划|引导|规范|严格|切实|有序|稳步|不断|进一步|努力|主动|探索|创新|改革|组织|举办|新建|改造|整治|保护|防范|化解|服务|营造|用好|办好|管好)/;

/**
 * A work report's numbered paragraph (`（一）经济实力实现新跃升。…`) often runs on with
 * topic heads of its own: `…首次。项目建设提速增效。中普电磁…建成投产。招商引资成效显著。签约…`.
 * Each is a short sentence of ideographs that opens what follows. One such sentence may be an
 * ordinary remark, so a paragraph must hold at least two before they are read as heads, one
 * level below the paragraph's own head.
 */
export function runInSubheads(norm: NormalizedText, head: Heading): Heading[] {
  const from = head.normEnd;
  const line = norm.text.slice(from, head.lineEnd);
  const found: { start: number; end: number }[] = [];
  for (const m of line.matchAll(SHORT_SENTENCE)) {
    const title = m[1] ?? '';
    if (NOT_A_HEAD.test(title) || TASK_OPENING.test(title)) continue;
    found.push({ start: from + m.index, end: from + m.index + title.length });
  }
  if (found.length < 2) return [];
  return found.map(({ start, end }) => {
    const [originalStart, originalEnd] = toOriginalSpan(norm, start, end);
    return {
      level: head.level + 1,
      label: '',
      title: norm.text.slice(start, end),
      start: originalStart,
      end: originalEnd,
      normStart: start,
      normEnd: end,
      lineStart: head.lineStart,
      lineEnd: head.lineEnd,
    };
  });
}
