/**
 * On a phone the item panel is a bottom sheet over the lower part of the text; when an item is
 * picked, the text scrolls so the picked clause sits above the sheet instead of under it.
 */
import { useEffect } from 'react';

/** Room kept above the clause, for the sticky header and a line of context. */
const MARGIN_TOP = 96;

export function useKeepSelectionVisible(selectedId: string | null): void {
  useEffect(() => {
    if (selectedId === null) return undefined;
    const frame = window.requestAnimationFrame(() => {
      const mark = document.querySelector(`[data-item-id="${CSS.escape(selectedId)}"]`);
      const sheet = document.querySelector('.reader-panel');
      if (!mark || !sheet) return;
      if (window.getComputedStyle(sheet).position !== 'fixed') return; // desktop: a side panel
      const clause = mark.getBoundingClientRect();
      const top = sheet.getBoundingClientRect().top;
      if (clause.bottom > top - 8 || clause.top < MARGIN_TOP / 2) {
        window.scrollBy({ top: clause.top - MARGIN_TOP, behavior: 'instant' });
      }
    });
    return () => window.cancelAnimationFrame(frame);
  }, [selectedId]);
}
