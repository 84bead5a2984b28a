import type { ReadText } from '@lantu/core';
import { TextBuilder } from './text-builder.js';

/**
 * Joins block lines with "\n" and gives each its own segment, numbered 1, 2, … in `paragraph`
 * (the numbering counts the blocks that carry text, as a reader of the output sees them).
 */
export function blocksToReadText(
  blocks: readonly string[],
  format: ReadText['format'],
  title?: string,
): ReadText {
  const builder = new TextBuilder('\n');
  blocks.forEach((block, index) => builder.add(block, { paragraph: index + 1 }));
  const text = builder.text();
  const segments = builder.segments();
  return title === undefined ? { text, format, segments } : { text, format, segments, title };
}
