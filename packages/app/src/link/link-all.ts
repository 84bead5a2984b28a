import type { ChangeAuthor } from '@lantu/store';
import type { AppContext } from '../app-context.js';
import { syncItemObservations } from '../ingest/document-observations.js';
import { autoLinkItems } from './auto-link.js';

const PAGE = 5_000;

/**
 * Runs the automatic linker over every unlinked target and actual that no person has
 * linked (a person's unlink is a decision too) and stores the observations of actuals
 * that become linked. Pages through the items so a large store is not read at once.
 * Returns how many items gained an indicator.
 */
export async function linkAll(ctx: AppContext, actor: ChangeAuthor): Promise<{ linked: number }> {
  let linked = 0;
  let offset = 0;
  for (;;) {
    const page = await ctx.store.items.list({ indicatorCode: null, limit: PAGE, offset });
    if (page.length === 0) break;
    const candidates = page.filter(
      (item) => item.kind !== 'milestone' && item.link_method !== 'manual',
    );
    const after = await autoLinkItems(ctx, candidates, actor);
    const gained = after.filter((item) => item.indicator_code !== null);
    linked += gained.length;
    await syncItemObservations(ctx, gained);
    // Items that gained a link left the "unlinked" list, so the next page starts earlier.
    offset += page.length - gained.length;
    if (page.length < PAGE) break;
  }
  return { linked };
}
