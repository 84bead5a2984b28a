/**
 * The offset contract every reading must keep, whatever the input: each item,
 * outline entry and framework has 0 ≤ start ≤ end ≤ text.length (integers),
 * and each item's text is exactly the original slice it points at.
 */
import type { Reading } from '../../src/model/document.js';

/** Every breach of the contract, as readable lines; empty when it holds. */
export function offsetViolations(text: string, reading: Reading, limit = 20): string[] {
  const out: string[] = [];
  const check = (what: string, span: { start: number; end: number }): void => {
    const { start, end } = span;
    if (
      !Number.isInteger(start) ||
      !Number.isInteger(end) ||
      start < 0 ||
      start > end ||
      end > text.length
    ) {
      out.push(`${what}: bad span [${start},${end}) for length ${text.length}`);
    }
  };
  reading.items.forEach((item, i) => {
    check(`items[${i}]`, item);
    if (item.text !== text.slice(item.start, item.end)) {
      out.push(
        `items[${i}]: text ${JSON.stringify(item.text)} is not the slice [${item.start},${item.end})`,
      );
    }
  });
  reading.outline.forEach((entry, i) => check(`outline[${i}]`, entry));
  reading.frameworks.forEach((framework, i) => check(`frameworks[${i}]`, framework));
  return out.slice(0, limit);
}
