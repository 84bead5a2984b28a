/**
 * One read item: its fields, its review state and — for a signed-in reviewer only — the
 * review actions (confirm, correct, reject), with the item's change history. Each action is
 * saved on the server before the panel shows it, so what a reviewer sees is what a reload
 * will show; the history names the signed-in reviewer (the server takes it from the session).
 */
import { useState } from 'react';
import { ApiError } from '../api/client.js';
import { api } from '../api/endpoints.js';
import type { ItemPatch, StoredItem } from '../api/types.js';
import { formatConfidence } from '../format/confidence.js';
import { formatDate } from '../format/date.js';
import { formatQuantity } from '../format/number.js';
import { formatPeriod } from '../format/period.js';
import { formatWrittenTarget } from '../format/target-text.js';
import { useApi } from '../hooks/use-api.js';
import { useI18n } from '../i18n/i18n-context.js';
import { buildHash } from '../router/hash-route.js';
import { useSession } from '../session/session-context.js';
import { ItemEditForm } from './item-edit-form.js';
import { ITEM_KIND_LABEL, REVIEW_LABEL } from './item-kind-meta.js';
import { inlineText } from '../format/inline-text.js';

export interface ItemPanelProps {
  readonly item: StoredItem;
  /** Other items covering the same place in the text. */
  readonly others: readonly StoredItem[];
  readonly onSelect: (id: string) => void;
  readonly onSaved: (item: StoredItem) => void;
  readonly onClose: () => void;
}

/** A 409's `current`, when it is an item (it always is from the item routes). */
function isItem(value: unknown): value is StoredItem {
  return typeof value === 'object' && value !== null && 'id' in value && 'version' in value;
}

export function ItemPanel({ item, others, onSelect, onSaved, onClose }: ItemPanelProps) {
  const { t, lang } = useI18n();
  const session = useSession();
  const canReview = session.can('reviewer');
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const history = useApi(`history:${item.id}:${item.updated_at}`, (signal) =>
    api.history(item.id, signal),
  );

  const run = async (action: () => Promise<StoredItem>) => {
    setBusy(true);
    setMessage(null);
    try {
      const saved = await action();
      onSaved(saved);
      setEditing(false);
      setMessage({
        kind: 'ok',
        text: `${t('saved')}${t('colon')}${t(REVIEW_LABEL[saved.review_state])}`,
      });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CONFLICT' && isItem(error.current)) {
        // Someone changed the item since it was shown: show theirs, and let the person
        // redo their change from it (the next action sends the current version).
        onSaved(error.current);
        setEditing(false);
        setMessage({ kind: 'error', text: t('conflictReloaded') });
        return;
      }
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };
  const correct = (patch: ItemPatch) => void run(() => api.correct(item.id, patch, item.version));

  const extra: [string, string][] = [];
  if (item.confidence !== undefined)
    extra.push([t('fieldConfidence'), formatConfidence(item.confidence)]);
  if (item.reason !== undefined) extra.push([t('fieldReason'), item.reason]);
  const rows: readonly [string, string][] = [
    [t('fieldKind'), t(ITEM_KIND_LABEL[item.kind])],
    [t('fieldMetric'), item.metric],
    [t('fieldValue'), formatWrittenTarget(item, lang)],
    [t('fieldBase'), formatQuantity(item.base_value, item.base_unit, lang)],
    [t('fieldYear'), item.year === null ? '—' : String(item.year)],
    [t('fieldPeriod'), item.period ? formatPeriod(item.period, lang) : '—'],
    [t('fieldScope'), item.scope ?? '—'],
    [t('fieldRecurring'), item.recurring ? t('yes') : t('no')],
    [t('fieldIndicator'), item.indicator_code ?? '—'],
    ...extra,
  ];

  return (
    <section
      className="item-panel"
      aria-labelledby={`item-title-${item.id}`}
      data-item-id={item.id}
    >
      <header className="item-panel-head">
        <h2 id={`item-title-${item.id}`}>
          <span className={`kind-dot kind-${item.kind}`} aria-hidden="true" />
          <span lang="zh-CN">{item.metric}</span>
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </header>
      <p className="review-state" data-review={item.review_state}>
        {t('fieldReview')}
        {t('colon')}
        <strong>{t(REVIEW_LABEL[item.review_state])}</strong>
        {item.review_state === 'extracted' ? (
          <span className="unreviewed-tag" title={t('unreviewedHint')}>
            {t('unreviewed')}
          </span>
        ) : null}
      </p>
      <blockquote className="item-quote" lang="zh-CN">
        {inlineText(item.text)}
      </blockquote>
      <dl className="fields">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {item.confidence_reasons && item.confidence_reasons.length > 0 ? (
        <details className="confidence-reasons">
          <summary>{t('confidenceWhy')}</summary>
          <ul lang="zh-CN">
            {item.confidence_reasons.map((why) => (
              <li key={why}>{why}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {item.indicator_code ? (
        <p>
          <a href={buildHash(['indicators', item.indicator_code])}>{t('navIndicators')} →</a>
        </p>
      ) : null}

      {!canReview ? (
        session.user === null ? (
          <p className="muted small">
            <a href={buildHash(['sign-in'])}>{t('signInToReview')}</a>
          </p>
        ) : null
      ) : editing ? (
        <ItemEditForm item={item} busy={busy} onSave={correct} onCancel={() => setEditing(false)} />
      ) : (
        <div className="review-actions">
          <button
            type="button"
            disabled={busy}
            onClick={() => void run(() => api.confirm(item.id, item.version))}
          >
            {t('actionConfirm')}
          </button>
          <button type="button" disabled={busy} onClick={() => setEditing(true)}>
            {t('actionCorrect')}
          </button>
          <button
            type="button"
            className="danger"
            disabled={busy}
            onClick={() => void run(() => api.reject(item.id, item.version))}
          >
            {t('actionReject')}
          </button>
        </div>
      )}
      <p role="status" className={message?.kind === 'error' ? 'error-text' : 'ok-text'}>
        {message?.text ?? ''}
      </p>

      {others.length > 0 ? (
        <div className="other-items">
          <h3>{t('otherItemsHere')}</h3>
          <ul>
            {others.map((other) => (
              <li key={other.id}>
                <button type="button" className="link-button" onClick={() => onSelect(other.id)}>
                  {t(ITEM_KIND_LABEL[other.kind])}
                  {t('colon')}
                  {inlineText(other.text)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <details className="history">
        <summary>{t('history')}</summary>
        {history.state.data === undefined ? (
          <p className="muted">{t('loading')}</p>
        ) : history.state.data.length === 0 ? (
          <p className="muted">{t('historyEmpty')}</p>
        ) : (
          <ol>
            {/* Newest first: the reviewer's own change is what they look for. */}
            {[...history.state.data]
              .sort((a, b) => b.id - a.id)
              .map((entry) => (
                <li key={entry.id}>
                  <strong>{entry.action}</strong> · {entry.actor} · {formatDate(entry.at, lang)}
                  {entry.after !== null && entry.action === 'correct' ? (
                    <code className="history-change">{JSON.stringify(entry.after)}</code>
                  ) : null}
                </li>
              ))}
          </ol>
        )}
      </details>
    </section>
  );
}
