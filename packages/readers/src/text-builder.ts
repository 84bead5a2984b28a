import type { SourceSegment } from '@lantu/core';

/** Where a block came from: the page (PDF) or paragraph/block index (DOCX, HTML, text). */
export type BlockOrigin = Pick<SourceSegment, 'page' | 'paragraph'>;

/**
 * Accumulates blocks of converted text and records, for each, the span it occupies in the
 * final string. Offsets are UTF-16 indices (JavaScript string positions), as the extraction
 * spec requires, so they can be sliced straight out of `text()`.
 */
export class TextBuilder {
  readonly #parts: string[] = [];
  readonly #segments: SourceSegment[] = [];
  #length = 0;
  readonly #separator: string;

  /** @param separator what goes between two blocks, e.g. "\n" for lines, "\n\n" for pages. */
  constructor(separator: string) {
    this.#separator = separator;
  }

  /** Appends one block; empty blocks are ignored so they never produce empty segments. */
  add(block: string, origin: BlockOrigin): void {
    if (block.length === 0) return;
    if (this.#parts.length > 0) {
      this.#parts.push(this.#separator);
      this.#length += this.#separator.length;
    }
    const start = this.#length;
    this.#parts.push(block);
    this.#length += block.length;
    this.#segments.push({ start, end: this.#length, ...origin });
  }

  text(): string {
    return this.#parts.join('');
  }

  segments(): readonly SourceSegment[] {
    return this.#segments;
  }
}
