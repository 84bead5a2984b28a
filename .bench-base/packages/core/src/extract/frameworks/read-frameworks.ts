import {
  type Framework,
  type FrameworkPart,
  frameworkCountMismatch,
} from '../../model/framework.js';
import { type NormalizedText, toOriginalSpan } from '../text/normalize.js';
import { parseCountedName } from './count-name.js';
import { findCountedNames } from './find-names.js';
import { enumeratedAfter, headPhrasesAfter, itemsBefore } from './listed-items.js';

/**
 * Counted structures (spec section 4): one framework per name, at the first
 * place the text lists its items, else at its first mention.
 */
export function readFrameworks(norm: NormalizedText, original: string): Framework[] {
  const byName = new Map<string, Framework>();
  const text = norm.text;
  const settled = new Set<string>();
  const seen = new Map<string, number>();
  for (const mention of findCountedNames(text)) {
    // A name whose list is already complete cannot be improved by a later mention.
    if (settled.has(mention.name)) continue;
    // Names repeated many times (a long corpus) are not re-listed at every mention.
    const times = (seen.get(mention.name) ?? 0) + 1;
    seen.set(mention.name, times);
    if (times > 12) continue;
    const counted = parseCountedName(mention.name);
    if (!counted) continue;
    let start = mention.start;
    let end = mention.end;
    const parts: FrameworkPart[] = counted.map((part) => ({ ...part, items: [] as string[] }));
    if (counted.length === 1 && counted[0]) {
      const part = counted[0];
      const before = part.count >= 2 ? itemsBefore(text, mention.start, part.count) : null;
      const after = before
        ? null
        : (enumeratedAfter(text, mention.end, part.count) ??
          headPhrasesAfter(text, mention.end, part));
      if (before) {
        parts[0] = { ...part, items: before.items };
        start = before.start;
      } else if (after) {
        parts[0] = { ...part, items: after.items };
        end = after.end;
      }
    }
    const [s, e] = toOriginalSpan(norm, start, end);
    const framework: Framework = {
      name: mention.name,
      text: original.slice(s, e),
      parts,
      start: s,
      end: e,
    };
    const known = byName.get(mention.name);
    if (!known || better(framework, known)) byName.set(mention.name, framework);
    // A complete list written compactly (a line or two per item) will not be bettered.
    const best = byName.get(mention.name) ?? framework;
    if (listQuality(best) === 2 && best.end - best.start <= 60 * totalCount(best))
      settled.add(mention.name);
  }
  return [...byName.values()]
    .map((framework) => ({ ...framework, count_mismatch: frameworkCountMismatch(framework) }))
    .sort((a, b) => a.start - b.start);
}

/** 2: every part lists as many items as it counts; 1: some items; 0: none. */
function listQuality(framework: Framework): number {
  const listed = framework.parts.filter((p) => p.items.length > 0);
  if (listed.length === 0) return 0;
  return framework.parts.every((p) => p.items.length === p.count) ? 2 : 1;
}

/** A fuller list wins; between equally full lists, the tighter one (items written together). */
function better(candidate: Framework, known: Framework): boolean {
  const q = listQuality(candidate) - listQuality(known);
  if (q !== 0) return q > 0;
  if (listQuality(candidate) === 0) return false;
  return candidate.end - candidate.start < known.end - known.start;
}

function totalCount(framework: Framework): number {
  return framework.parts.reduce((sum, part) => sum + part.count, 0);
}
