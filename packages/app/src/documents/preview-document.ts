import type { DocumentKind, ItemKind } from '@lantu/core';
import type { AppContext } from '../app-context.js';
import { planIngest } from '../ingest/ingest-plan.js';
import { readInput } from '../ingest/read-input.js';
import type { IngestInput } from '../types.js';

/** How many of the first items a preview shows. */
export const PREVIEW_ITEMS = 10;

/** What reading a file found, before anything is stored (the upload's preview). */
export interface DocumentPreview {
  readonly fileName: string;
  /** Metadata as it would be stored: the caller's, else what the text says. */
  readonly title: string;
  readonly kind: DocumentKind;
  readonly date: string | null;
  readonly horizon: number | null;
  readonly jurisdiction: string | null;
  readonly chars: number;
  readonly counts: {
    readonly items: number;
    readonly targets: number;
    readonly actuals: number;
    readonly milestones: number;
    readonly linked: number;
    readonly outline: number;
  };
  /** The first items in reading order. */
  readonly firstItems: readonly {
    readonly kind: ItemKind;
    readonly metric: string;
    readonly text: string;
  }[];
  /** The id of the stored document with these very bytes, if there is one. */
  readonly storedAs: string | null;
}

/**
 * Reads a file as ingest would (in the read pool, under its limits) and says what was
 * found, storing nothing. Throws LantuError for files that cannot be read.
 */
export async function previewDocument(
  ctx: AppContext,
  input: IngestInput,
): Promise<DocumentPreview> {
  const read = await readInput(input, ctx.readPool);
  const plan = await planIngest(ctx, read);
  const { document, items, outline } = read.reading;
  const count = (kind: ItemKind) => items.filter((item) => item.kind === kind).length;
  const stored = (await ctx.store.documents.list()).find(
    (summary) => summary.content_hash === read.contentHash,
  );
  return {
    fileName: input.fileName,
    title: document.title !== '' ? document.title : (read.meta.title ?? input.fileName),
    kind:
      document.kind === 'other' && read.meta.kind !== undefined ? read.meta.kind : document.kind,
    date: document.date ?? read.meta.date ?? null,
    horizon: document.horizon ?? read.meta.horizon ?? null,
    jurisdiction: document.jurisdiction ?? read.meta.jurisdiction ?? null,
    chars: read.text.length,
    counts: {
      items: items.length,
      targets: count('target'),
      actuals: count('actual'),
      milestones: count('milestone'),
      linked: plan.linked,
      outline: outline.length,
    },
    firstItems: items
      .slice(0, PREVIEW_ITEMS)
      .map(({ kind, metric, text }) => ({ kind, metric, text })),
    storedAs: stored?.id ?? null,
  };
}
