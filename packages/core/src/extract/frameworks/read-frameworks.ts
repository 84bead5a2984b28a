import type { Framework, FrameworkPart } from '../../model/framework.js';
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
  for (const mention of findCountedNames(text)) {
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
    const listed = parts.some((p) => p.items.length > 0);
    const knownListed = known?.parts.some((p) => p.items.length > 0) ?? false;
    if (!known || (listed && !knownListed)) byName.set(mention.name, framework);
  }
  return [...byName.values()].sort((a, b) => a.start - b.start);
}
