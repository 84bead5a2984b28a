/**
 * 原文 reader: the text with every read item highlighted, the outline beside it, and the
 * selected item's panel for review. `?item=` selects (and scrolls to) an item, `?at=&end=`
 * marks a passage (a search hit, a framework); both survive a reload.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { api } from '../api/endpoints.js';
import type { DocumentView, StoredItem } from '../api/types.js';
import { AsyncView } from '../components/async-view.js';
import { formatDocumentDate } from '../format/document-date.js';
import { useApi } from '../hooks/use-api.js';
import { useI18n } from '../i18n/i18n-context.js';
import { buildHash } from '../router/hash-route.js';
import { navigate } from '../router/use-route.js';
import { DocumentText, FOUND_ANCHOR_ID } from '../reader/document-text.js';
import { ItemPanel } from '../reader/item-panel.js';
import { ITEM_KIND_LABEL, ITEM_KINDS } from '../reader/item-kind-meta.js';
import { OutlineNav } from '../reader/outline-nav.js';
import { useKeepSelectionVisible } from '../reader/use-keep-selection-visible.js';
import { usePageTitle } from '../router/use-page-title.js';
import { ReviewQueue } from '../reader/review-queue.js';
import { documentKindLabel } from './document-kind.js';

interface ReaderProps {
  readonly view: DocumentView;
  readonly selectedId: string | null;
  readonly found: { start: number; end: number } | null;
  readonly select: (id: string | null) => void;
  readonly onSaved: (item: StoredItem) => void;
}

function Reader({ view, selectedId, found, select, onSaved }: ReaderProps) {
  const { t, lang } = useI18n();
  const { document: doc, items, outline } = view;
  const selected = items.find((item) => item.id === selectedId) ?? null;
  const others = useMemo(
    () =>
      selected
        ? items.filter(
            (item) =>
              item.id !== selected.id && item.start < selected.end && item.end > selected.start,
          )
        : [],
    [items, selected],
  );
  const onSelect = useCallback((ids: readonly string[]) => select(ids[0] ?? null), [select]);
  useKeepSelectionVisible(selectedId);
  usePageTitle(doc.title);

  // Bring the selected item or the found passage into view once, on arrival: re-scrolling
  // after every selection or save would yank the reader around.
  const scrolledFor = useRef<string | null>(null);
  useEffect(() => {
    if (scrolledFor.current === doc.id) return;
    scrolledFor.current = doc.id;
    const target = selectedId
      ? document.querySelector(`[data-item-id="${CSS.escape(selectedId)}"]`)
      : found
        ? document.getElementById(FOUND_ANCHOR_ID)
        : null;
    target?.scrollIntoView({ block: 'center' });
  }, [doc.id, selectedId, found]);

  return (
    <>
      <h1 lang="zh-CN">{doc.title}</h1>
      <p className="muted">
        {documentKindLabel(doc.kind, lang)} · {formatDocumentDate(doc.date, lang)}
        {doc.issuer ? ` · ${doc.issuer}` : ''} · {t('readerItemsCount', { count: items.length })}
      </p>
      <div className="legend" aria-label={t('readerLegend')} role="group">
        {ITEM_KINDS.map((kind) => (
          <span key={kind} className={`legend-chip hl hl-${kind}`}>
            {t(ITEM_KIND_LABEL[kind])}
          </span>
        ))}
        <span className="legend-chip hl review-rejected">{t('reviewRejected')}</span>
      </div>
      <div className={`reader ${selected ? 'has-panel' : ''}`}>
        <OutlineNav outline={outline} text={doc.text} />
        <article className="reader-text" aria-label={doc.title}>
          <p className="muted small">{t('readerSelectHint')}</p>
          <ReviewQueue items={items} onSelect={(id) => select(id)} />
          <DocumentText
            text={doc.text}
            items={items}
            outline={outline}
            selectedId={selectedId}
            found={found}
            onSelect={onSelect}
          />
        </article>
        {selected ? (
          <aside className="reader-panel">
            <ItemPanel
              key={selected.id}
              item={selected}
              others={others}
              onSelect={(id) => select(id)}
              onSaved={onSaved}
              onClose={() => select(null)}
            />
          </aside>
        ) : null}
      </div>
    </>
  );
}

function parseOffset(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  return Number(value);
}

export function ReaderPage({
  documentId,
  params,
}: {
  readonly documentId: string;
  readonly params: URLSearchParams;
}) {
  const resource = useApi(`document:${documentId}`, (signal) => api.document(documentId, signal));
  const selectedId = params.get('item');
  const at = parseOffset(params.get('at'));
  const end = parseOffset(params.get('end'));
  const found = useMemo(() => (at === null ? null : { start: at, end: end ?? at }), [at, end]);
  const paramString = params.toString();

  const select = useCallback(
    (id: string | null) => {
      const next = Object.fromEntries(new URLSearchParams(paramString));
      if (id === null) delete next['item'];
      else next['item'] = id;
      navigate(buildHash(['documents', documentId], next), { replace: true });
    },
    [documentId, paramString],
  );
  const { setData } = resource;
  const onSaved = useCallback(
    (saved: StoredItem) =>
      setData((view) => ({
        ...view,
        items: view.items.map((item) => (item.id === saved.id ? saved : item)),
      })),
    [setData],
  );

  return (
    <AsyncView resource={resource} isPage>
      {(view) => (
        <Reader
          view={view}
          selectedId={selectedId}
          found={found}
          select={select}
          onSaved={onSaved}
        />
      )}
    </AsyncView>
  );
}
