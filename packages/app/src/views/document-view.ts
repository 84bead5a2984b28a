import type { AppContext } from '../app-context.js';
import type { DocumentView } from '../types.js';

/** A stored document with its text and whole reading; NOT_FOUND for an unknown id. */
export async function documentView(ctx: AppContext, id: string): Promise<DocumentView> {
  const document = await ctx.store.documents.get(id);
  const reading = await ctx.store.documents.getReading(id);
  return {
    document,
    outline: reading.outline,
    frameworks: reading.frameworks,
    items: reading.items,
  };
}
