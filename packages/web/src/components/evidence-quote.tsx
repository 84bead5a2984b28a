/**
 * One piece of evidence: a sentence of a document with the claimed clause marked, the
 * document's title and date, and a link into the reader at that clause. The source dialog
 * shows two side by side: the target's sentence and the latest figure's sentence.
 */
import { api } from '../api/endpoints.js';
import { formatDocumentDate } from '../format/document-date.js';
import { inlineText } from '../format/inline-text.js';
import { useApi } from '../hooks/use-api.js';
import { useI18n } from '../i18n/i18n-context.js';
import { sentenceContext } from '../reader/sentence-context.js';
import { buildHash } from '../router/hash-route.js';
import '../newcomer.css';

export interface EvidenceQuoteProps {
  readonly heading: string;
  readonly documentId: string;
  readonly itemId: string | null;
  /** Offsets into the document; when unknown, the item's own offsets are looked up by id. */
  readonly start?: number | undefined;
  readonly end?: number | undefined;
  /** Shown until the document's text arrives, and if it cannot be had. */
  readonly fallbackText: string;
  readonly kind: 'target' | 'actual' | 'milestone';
  readonly onFollow?: () => void;
  /** The target's clause is the dialog's one <mark>; the figure's is emphasised text. */
  readonly emphasis?: 'mark' | 'strong';
}

export function EvidenceQuote({
  heading,
  documentId,
  itemId,
  start,
  end,
  fallbackText,
  kind,
  onFollow,
  emphasis = 'mark',
}: EvidenceQuoteProps) {
  const Emphasis = emphasis;
  const { t, lang } = useI18n();
  const doc = useApi(`document:${documentId}`, (signal) => api.document(documentId, signal));
  const document = doc.state.data?.document;
  const stored = itemId ? doc.state.data?.items.find((i) => i.id === itemId) : undefined;
  const from = start ?? stored?.start;
  const to = end ?? stored?.end;
  const context =
    document && from !== undefined && to !== undefined
      ? sentenceContext(document.text, from, to)
      : null;
  return (
    <figure className="evidence" data-evidence={kind}>
      <figcaption>
        <strong>{heading}</strong>
        {document ? (
          <span className="evidence-document">
            <span lang="zh-CN">{document.title}</span>
            {document.date ? (
              <span className="muted small">
                {' · '}
                {formatDocumentDate(document.date, lang)}
              </span>
            ) : null}
          </span>
        ) : null}
      </figcaption>
      <blockquote className="source-quote" lang="zh-CN">
        {context ? (
          <>
            {context.before}
            <Emphasis className={`hl hl-${kind}`}>{context.match}</Emphasis>
            {context.after}
          </>
        ) : (
          <Emphasis className={`hl hl-${kind}`}>{inlineText(fallbackText)}</Emphasis>
        )}
      </blockquote>
      <a
        href={buildHash(['documents', documentId], itemId ? { item: itemId } : {})}
        onClick={onFollow}
      >
        {t('sourceOpenReader')}
      </a>
    </figure>
  );
}
