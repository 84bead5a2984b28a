/**
 * The reader's review queue: the items read with the least confidence first, so that a
 * reviewer checks the doubtful readings before the sure ones. Items stored without a
 * confidence (read before it existed) are not listed; with none, nothing is shown.
 */
import type { StoredItem } from '../api/types.js';
import { formatConfidence, leastCertainFirst } from '../format/confidence.js';
import { inlineText } from '../format/inline-text.js';
import { useI18n } from '../i18n/i18n-context.js';
import { ITEM_KIND_LABEL } from './item-kind-meta.js';

export interface ReviewQueueProps {
  readonly items: readonly StoredItem[];
  readonly onSelect: (id: string) => void;
  /** How many of the least certain to list. */
  readonly limit?: number;
}

export function ReviewQueue({ items, onSelect, limit = 12 }: ReviewQueueProps) {
  const { t } = useI18n();
  const queue = leastCertainFirst(items.filter((item) => item.review_state === 'extracted'));
  if (queue.length === 0) return null;
  return (
    <details className="review-queue">
      <summary>{t('reviewQueue')}</summary>
      <p className="muted small">{t('reviewQueueHint')}</p>
      <ol>
        {queue.slice(0, limit).map((item) => (
          <li key={item.id}>
            <button type="button" className="link-button" onClick={() => onSelect(item.id)}>
              <span className="confidence-figure">{formatConfidence(item.confidence)}</span>{' '}
              {t(ITEM_KIND_LABEL[item.kind])}
              {t('colon')}
              <span lang="zh-CN">{inlineText(item.text)}</span>
            </button>
          </li>
        ))}
      </ol>
    </details>
  );
}
