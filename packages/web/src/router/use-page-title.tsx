/** Sets the tab's title for the page on screen; pages that know a better name pass it. */
import { useEffect } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { documentTitle } from './path-to-hash.js';

export function usePageTitle(page: string | null | undefined): void {
  const { t } = useI18n();
  const site = `${t('appName')} · ${t('appTagline')}`;
  useEffect(() => {
    if (page === undefined) return;
    document.title = documentTitle(page, site);
  }, [page, site]);
}
