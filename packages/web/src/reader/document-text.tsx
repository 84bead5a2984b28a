/**
 * The original text with every read item highlighted by kind. A run covered by several
 * items belongs to the innermost one; the first run of each item is a tab stop, so the
 * keyboard reaches every item once and in reading order.
 */
import { memo, useMemo, type KeyboardEvent, type ReactNode } from 'react';
import type { OutlineEntry, StoredItem } from '../api/types.js';
import { displayMarks, styleBits, styledRuns, STYLE_BIT } from './display-marks.js';
import { segmentText } from './highlight-segments.js';
import '../newcomer.css';

/**
 * A run of the original text as shown: Markdown markup and a print's mid-sentence line
 * breaks stay in the DOM (offsets and copied text are the original) but are hidden.
 */
function shown(text: string, bits: Uint8Array, start: number, end: number): ReactNode {
  const runs = styledRuns(bits, start, end);
  if (runs.length === 1 && runs[0]?.bits === 0) return text.slice(start, end);
  return runs.map((run) => {
    const slice = text.slice(run.start, run.end);
    if (run.bits & STYLE_BIT.hidden)
      return (
        <span key={run.start} className="src-hidden">
          {slice}
        </span>
      );
    if (run.bits & STYLE_BIT.bullet)
      return (
        <span key={run.start} className="md-bullet">
          {slice}
        </span>
      );
    const classes = [
      run.bits & STYLE_BIT.bold ? 'md-bold' : '',
      run.bits & STYLE_BIT.heading ? 'md-heading' : '',
    ]
      .filter(Boolean)
      .join(' ');
    return classes ? (
      <span key={run.start} className={classes}>
        {slice}
      </span>
    ) : (
      slice
    );
  });
}

export interface DocumentTextProps {
  readonly text: string;
  readonly items: readonly StoredItem[];
  readonly outline: readonly OutlineEntry[];
  readonly selectedId: string | null;
  /** A found passage to mark (a search hit or a framework), by offsets. */
  readonly found: { readonly start: number; readonly end: number } | null;
  readonly onSelect: (itemIds: readonly string[]) => void;
}

export const outlineAnchorId = (index: number) => `outline-${index}`;
export const FOUND_ANCHOR_ID = 'found-passage';

function DocumentTextImpl({
  text,
  items,
  outline,
  selectedId,
  found,
  onSelect,
}: DocumentTextProps) {
  const byId = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  const bits = useMemo(() => styleBits(text.length, displayMarks(text)), [text]);
  const segments = useMemo(() => {
    const cuts = outline.map((entry) => entry.start);
    if (found) cuts.push(found.start, found.end);
    return segmentText(text.length, items, cuts);
  }, [text, items, outline, found]);
  const outlineAt = useMemo(() => {
    const map = new Map<number, number>();
    outline.forEach((entry, index) => {
      if (!map.has(entry.start)) map.set(entry.start, index);
    });
    return map;
  }, [outline]);

  const seen = new Set<string>();
  const nodes: ReactNode[] = [];
  for (const segment of segments) {
    const anchor = outlineAt.get(segment.start);
    if (anchor !== undefined)
      nodes.push(
        <span key={`o${segment.start}`} id={outlineAnchorId(anchor)} className="anchor" />,
      );
    if (found && segment.start === found.start) {
      nodes.push(<span key={`f${segment.start}`} id={FOUND_ANCHOR_ID} className="anchor" />);
    }
    const slice = shown(text, bits, segment.start, segment.end);
    const inFound = found !== null && segment.start >= found.start && segment.end <= found.end;
    const primaryId = segment.ids[0];
    const primary = primaryId === undefined ? undefined : byId.get(primaryId);
    if (!primary) {
      nodes.push(
        inFound ? (
          <mark key={segment.start} className="hl-found">
            {slice}
          </mark>
        ) : (
          slice
        ),
      );
      continue;
    }
    const first = !seen.has(primary.id);
    seen.add(primary.id);
    const select = () => onSelect(segment.ids);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        select();
      }
    };
    const classes = [
      'hl',
      `hl-${primary.kind}`,
      `review-${primary.review_state}`,
      segment.ids.length > 1 ? 'hl-nested' : '',
      segment.ids.includes(selectedId ?? '') ? 'hl-selected' : '',
      inFound ? 'hl-found' : '',
    ]
      .filter(Boolean)
      .join(' ');
    nodes.push(
      <mark
        key={segment.start}
        className={classes}
        data-item-id={primary.id}
        data-kind={primary.kind}
        role="button"
        tabIndex={first ? 0 : -1}
        aria-pressed={segment.ids.includes(selectedId ?? '')}
        onClick={select}
        onKeyDown={onKeyDown}
      >
        {slice}
      </mark>,
    );
  }
  return (
    <div className="document-text" lang="zh-CN">
      {nodes}
    </div>
  );
}

/** Re-rendering ~20 000 characters on every keystroke in the side panel is wasteful. */
export const DocumentText = memo(DocumentTextImpl);
