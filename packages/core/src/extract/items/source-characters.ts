import type { Item } from '../../model/item.js';
import { foldEveryCharacter } from '../text/traditional.js';

/** How far before its clause a metric may be written (it is read from the same sentence). */
const LOOK_BACK = 200;

/**
 * Metric names in the document's own characters. The grammar reads a
 * traditional-character document folded to simplified (text/traditional.ts),
 * so the names it builds are simplified; a reader of the review screen quotes
 * the source (`國內生產總值增長5%左右` names `國內生產總值`). A name found
 * verbatim in the folded text before the item's end is given back as the
 * source writes it there; a name built from pieces (`全市生产总值增速`) stays
 * as read. Call only for a document that `looksTraditional`.
 */
export function metricsInSourceCharacters(items: readonly Item[], original: string): Item[] {
  return items.map((item) => {
    if (item.metric === '') return item;
    const from = Math.max(0, item.start - LOOK_BACK);
    const window = original.slice(from, item.end);
    const at = foldEveryCharacter(window).lastIndexOf(item.metric);
    if (at < 0) return item;
    const written = window.slice(at, at + item.metric.length);
    return written === item.metric ? item : { ...item, metric: written };
  });
}
