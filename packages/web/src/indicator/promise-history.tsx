/**
 * 承诺沿革: a target restated in a later document is the same promise. Each promise with
 * more than one word on it is shown as its versions side by side — made, restated,
 * changed (goal post moved) or dropped — each with its document, date and sentence.
 */
import type { IndicatorSeries } from '../api/types.js';
import { useI18n } from '../i18n/i18n-context.js';
import { buildHash } from '../router/hash-route.js';
import { inlineText } from '../format/inline-text.js';
import { formatYear } from '../format/date.js';

const EVENT_KEY = {
  made: 'promiseMade',
  restated: 'promiseRestated',
  changed: 'promiseChanged',
  dropped: 'promiseDropped',
} as const;

export function PromiseHistoryView({ series }: { readonly series: IndicatorSeries }) {
  const { t, lang } = useI18n();
  const told = series.promises.filter((promise) => promise.events.length > 1);
  return (
    <section aria-labelledby="promises-title">
      <h2 id="promises-title">{t('promiseTitle')}</h2>
      {told.length === 0 ? (
        <p className="muted">{t('promiseNone')}</p>
      ) : (
        told.map((promise) => (
          <div key={`${promise.year}-${promise.measure ?? ''}`} className="promise">
            <h3>{t('promiseDeadline', { year: formatYear(promise.year, lang) })}</h3>
            <ol className="promise-events">
              {promise.events.map((event, index) => (
                <li key={`${event.document.id}-${index}`} data-kind={event.kind}>
                  <strong>{t(EVENT_KEY[event.kind])}</strong>
                  <span className="muted small"> {event.document.date ?? ''}</span>
                  <a
                    className="promise-document"
                    href={buildHash(
                      ['documents', event.document.id],
                      event.item_id === null ? {} : { item: event.item_id },
                    )}
                    lang="zh-CN"
                  >
                    {event.document.title}
                  </a>
                  {event.target ? (
                    <span className="promise-target" lang="zh-CN">
                      {event.target}
                    </span>
                  ) : null}
                  {event.sentence === null ? (
                    <q className="muted">{t('promiseDroppedNote')}</q>
                  ) : (
                    <q lang="zh-CN">{inlineText(event.sentence)}</q>
                  )}
                </li>
              ))}
            </ol>
          </div>
        ))
      )}
    </section>
  );
}
