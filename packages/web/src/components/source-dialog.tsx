/**
 * The evidence of a claim, side by side: the target's sentence and the latest figure's
 * sentence, each marked inside its sentence with its document, date and a link into the
 * reader. A native <dialog> opened modally, so focus is trapped, Esc closes it and focus
 * returns to the button that opened it.
 */
import { useEffect, useRef } from 'react';
import type { StoredItem, TargetStatus } from '../api/types.js';

/** The claim whose evidence is shown; offsets may be missing (then looked up by id). */
export type EvidenceItem = Pick<StoredItem, 'id' | 'document_id' | 'text' | 'kind' | 'metric'> &
  Partial<Pick<StoredItem, 'start' | 'end'>>;
import { apiUrl } from '../api/client.js';
import { useI18n } from '../i18n/i18n-context.js';
import { latestEvidence } from '../status/latest-evidence.js';
import { EvidenceQuote } from './evidence-quote.js';
import { StatusBadge } from './status-badge.js';

export interface SourceDialogProps {
  readonly item: EvidenceItem;
  readonly documentTitle: string;
  readonly sectionTitle?: string | null | undefined;
  /** The target's status: its latest figure's sentence is shown beside the target's. */
  readonly status?: TargetStatus | null | undefined;
  readonly onClose: () => void;
}

export function SourceDialog({ item, sectionTitle, status, onClose }: SourceDialogProps) {
  const { t, lang } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', ''); // DOMs without <dialog> support (tests)
    }
  }, []);

  const figure = status ? latestEvidence(status) : null;
  const titleId = `source-title-${item.id}`;

  return (
    <dialog
      ref={dialog}
      className="source-dialog evidence-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <h2 id={titleId}>{t('sourceTitle')}</h2>
      {status ? (
        <div className="chart-status">
          <StatusBadge status={status.status} label={status.label} />
          <span>{status.explanation[lang]}</span>
        </div>
      ) : null}
      {sectionTitle ? (
        <p className="muted">
          {t('sourceSection')}
          {t('colon')}
          {sectionTitle}
        </p>
      ) : null}
      <div className={figure ? 'evidence-pair' : 'evidence-single'}>
        <EvidenceQuote
          heading={t('evidenceTarget')}
          documentId={item.document_id}
          itemId={item.id}
          start={item.start}
          end={item.end}
          fallbackText={item.text}
          kind={item.kind}
          onFollow={onClose}
        />
        {figure ? (
          <EvidenceQuote
            heading={t('evidenceFigure')}
            documentId={figure.source.document_id}
            itemId={figure.source.item_id}
            start={figure.source.start}
            end={figure.source.end}
            fallbackText={figure.source.text}
            kind="actual"
            emphasis="strong"
            onFollow={onClose}
          />
        ) : status && status.status !== 'not-yet-due' ? (
          <p className="muted evidence-missing">{t('evidenceNoFigure')}</p>
        ) : null}
      </div>
      <div className="dialog-actions">
        {status && item.kind !== 'actual' ? (
          <a
            className="button-link"
            href={apiUrl('/share-card', { item: item.id, lang })}
            download
            title={t('shareCardHint')}
          >
            {t('shareCard')}
          </a>
        ) : null}
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('close')}
        </button>
      </div>
    </dialog>
  );
}
