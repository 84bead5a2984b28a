/**
 * The source of a claim: the item's clause highlighted inside its sentence, the section it
 * sits in, and a link to the reader scrolled to it. A native <dialog> opened modally, so
 * focus is trapped, Esc closes it and focus returns to the button that opened it.
 */
import { useEffect, useRef } from 'react';
import { api } from '../api/endpoints.js';
import type { StoredItem } from '../api/types.js';
import { useApi } from '../hooks/use-api.js';
import { useI18n } from '../i18n/i18n-context.js';
import { sentenceContext } from '../reader/sentence-context.js';
import { buildHash } from '../router/hash-route.js';
import { inlineText } from '../format/inline-text.js';

export interface SourceDialogProps {
  readonly item: StoredItem;
  readonly documentTitle: string;
  readonly sectionTitle?: string | null | undefined;
  readonly onClose: () => void;
}

export function SourceDialog({ item, documentTitle, sectionTitle, onClose }: SourceDialogProps) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const doc = useApi(`document:${item.document_id}`, (signal) =>
    api.document(item.document_id, signal),
  );

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', ''); // DOMs without <dialog> support (tests)
    }
  }, []);

  const text = doc.state.data?.document.text;
  const context = text === undefined ? null : sentenceContext(text, item.start, item.end);
  const titleId = `source-title-${item.id}`;

  return (
    <dialog ref={dialog} className="source-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{t('sourceTitle')}</h2>
      <p className="source-document">{documentTitle}</p>
      {sectionTitle ? (
        <p className="muted">
          {t('sourceSection')}
          {t('colon')}
          {sectionTitle}
        </p>
      ) : null}
      <blockquote className="source-quote" lang="zh-CN">
        {context ? (
          <>
            {context.before}
            <mark className={`hl hl-${item.kind}`}>{context.match}</mark>
            {context.after}
          </>
        ) : (
          <mark className={`hl hl-${item.kind}`}>{inlineText(item.text)}</mark>
        )}
      </blockquote>
      <div className="dialog-actions">
        <a href={buildHash(['documents', item.document_id], { item: item.id })} onClick={onClose}>
          {t('sourceOpenReader')}
        </a>
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('close')}
        </button>
      </div>
    </dialog>
  );
}
