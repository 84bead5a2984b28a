import type { Framework } from './framework.js';
import type { Item } from './item.js';
import type { OutlineEntry } from './outline.js';

export type DocumentKind =
  | 'five-year-plan'
  | 'plan-proposal'
  | 'work-report'
  | 'plenary-report'
  | 'infographic'
  | 'article'
  | 'statistical-communique'
  | 'other';

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'five-year-plan',
  'plan-proposal',
  'work-report',
  'plenary-report',
  'infographic',
  'article',
  'statistical-communique',
  'other',
];

/** What is known about a document besides its text; every field may be missing. */
export interface DocumentMeta {
  readonly title?: string | undefined;
  readonly jurisdiction?: string | undefined;
  readonly issuer?: string | undefined;
  readonly kind?: DocumentKind | undefined;
  /** ISO date, `2026-01-20`. */
  readonly date?: string | undefined;
  /** The year targets fall due when a sentence names none. */
  readonly horizon?: number | undefined;
}

/** The reading of one document: the spec's section 5 object. */
export interface Reading {
  readonly document: {
    readonly title: string;
    readonly chars: number;
    readonly horizon: number | null;
    readonly kind: DocumentKind;
    readonly date: string | null;
    readonly jurisdiction: string | null;
  };
  readonly outline: readonly OutlineEntry[];
  readonly items: readonly Item[];
  readonly frameworks: readonly Framework[];
}
