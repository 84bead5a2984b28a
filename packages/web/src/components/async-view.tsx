/** Loading and error states for one API resource, so each page only renders its data. */
import type { ReactNode } from 'react';
import type { ApiResource } from '../hooks/use-api.js';
import { useI18n } from '../i18n/i18n-context.js';
import { usePageTitle } from '../router/use-page-title.js';
import { errorWords } from './error-words.js';

export interface AsyncViewProps<T> {
  readonly resource: ApiResource<T>;
  readonly children: (data: T) => ReactNode;
  /**
   * The whole page is this resource (an indicator, a document): a failure is then the page's
   * heading and tab title, so the page is never left without an h1 or with the last page's name.
   */
  readonly isPage?: boolean;
}

export function AsyncView<T>({ resource, children, isPage = false }: AsyncViewProps<T>) {
  const { t } = useI18n();
  const { state } = resource;
  usePageTitle(isPage && state.phase === 'error' ? t('errorTitle') : undefined);
  if (state.phase === 'error') {
    const words = errorWords(state.error);
    return (
      <div role="alert" className="error-box">
        {isPage ? <h1>{t('errorTitle')}</h1> : <strong>{t('errorTitle')}</strong>}
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
