/** Loading and error states for one API resource, so each page only renders its data. */
import type { ReactNode } from 'react';
import type { ApiResource } from '../hooks/use-api.js';
import { useI18n } from '../i18n/i18n-context.js';
import { errorWords } from './error-words.js';

export interface AsyncViewProps<T> {
  readonly resource: ApiResource<T>;
  readonly children: (data: T) => ReactNode;
}

export function AsyncView<T>({ resource, children }: AsyncViewProps<T>) {
  const { t } = useI18n();
  const { state } = resource;
  if (state.phase === 'error') {
    const words = errorWords(state.error);
    return (
      <div role="alert" className="error-box">
        <strong>{t('errorTitle')}</strong>
        <p>{t(words.message)}</p>
        {words.retry ? (
          <button type="button" onClick={resource.reload}>
            {t('retry')}
          </button>
        ) : (
          <a href="#/">{t('backHome')}</a>
        )}
      </div>
    );
  }
  if (state.data === undefined) {
    return (
      <p className="loading" role="status">
        {t('loading')}
      </p>
    );
  }
  return (
    <div aria-busy={state.phase === 'loading'} className="async-content">
      {children(state.data)}
    </div>
  );
}
