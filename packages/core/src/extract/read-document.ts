import type { DocumentMeta, Reading } from '../model/document.js';

export interface ReadDocumentInput {
  /** The document text exactly as read from the file (UTF-8 decoded, nothing else changed). */
  readonly text: string;
  readonly meta?: DocumentMeta;
}

/**
 * Reads a planning document: outline, items and frameworks, every offset
 * pointing into `input.text`. Pure and total: it never throws on any string.
 */
export function readDocument(input: ReadDocumentInput): Reading {
  const meta = input.meta ?? {};
  return {
    document: {
      title: meta.title ?? '',
      chars: input.text.length,
      horizon: meta.horizon ?? null,
      kind: meta.kind ?? 'other',
      date: meta.date ?? null,
      jurisdiction: meta.jurisdiction ?? null,
    },
    outline: [],
    items: [],
    frameworks: [],
  };
}
