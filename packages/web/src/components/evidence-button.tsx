/**
 * A status that opens its evidence: the chip is a button, one click from any status to the
 * target's sentence and the latest figure's sentence (the source dialog).
 */
import { useState } from 'react';
import type { TargetStatus } from '../api/types.js';
import type { EvidenceItem } from './source-dialog.js';
import { useI18n } from '../i18n/i18n-context.js';
import { SourceDialog } from './source-dialog.js';
import { StatusBadge } from './status-badge.js';
import '../newcomer.css';

export interface EvidenceButtonProps {
  readonly item: EvidenceItem;
  readonly status: TargetStatus;
  readonly documentTitle: string;
  readonly sectionTitle?: string | null | undefined;
}

export function EvidenceButton({ item, status, documentTitle, sectionTitle }: EvidenceButtonProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="status-button"
        title={t('evidenceOpenLabel', { metric: item.metric })}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <StatusBadge status={status.status} label={status.label} />
      </button>
      {open ? (
        <SourceDialog
          item={item}
          status={status}
          documentTitle={documentTitle}
          sectionTitle={sectionTitle}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}
