/** The page frame: skip link, header with navigation and language switch, main landmark. */
import { useRef, type ReactNode } from 'react';
import { getJson } from '../api/client.js';
import { formatDate } from '../format/date.js';
import { useApi } from '../hooks/use-api.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { MessageKey } from '../i18n/translate.js';
import { buildHash } from '../router/hash-route.js';

const NAV: readonly { readonly section: string; readonly label: MessageKey }[] = [
  { section: '', label: 'navOverview' },
  { section: 'scorecard', label: 'navScorecard' },
  { section: 'plans', label: 'navPlans' },
  { section: 'indicators', label: 'navIndicators' },
  { section: 'compare', label: 'navCompare' },
  { section: 'documents', label: 'navDocuments' },
  { section: 'search', label: 'navSearch' },
  { section: 'poster', label: 'navPoster' },
];

export interface LayoutProps {
  /** The first path segment of the current route, to mark the current nav entry. */
  readonly section: string;
  readonly children: ReactNode;
}

export function Layout({ section, children }: LayoutProps) {
  const { t, lang, setLang } = useI18n();
  const main = useRef<HTMLElement>(null);
  const health = useApi('health', (signal) =>
    getJson<{ ok: boolean; as_of: string }>('/health', {}, signal),
  );
  const asOf = health.state.data?.as_of;

  return (
    <div className="app">
      {/* A button, not href="#main": the hash is the router's. */}
      <button type="button" className="skip-link" onClick={() => main.current?.focus()}>
        {t('skipToMain')}
      </button>
      <header className="app-header">
        <a className="brand" href={buildHash([])}>
          <span className="brand-name">{t('appName')}</span>
          <span className="brand-tagline">{t('appTagline')}</span>
        </a>
        <nav aria-label={t('navLabel')} className="app-nav">
          <ul>
            {NAV.map((entry) => (
              <li key={entry.section}>
                <a
                  href={buildHash(entry.section ? [entry.section] : [])}
                  aria-current={entry.section === section ? 'page' : undefined}
                >
                  {t(entry.label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-tools">
          {asOf ? (
            <span className="as-of">
              {t('asOf')} <time dateTime={asOf}>{formatDate(asOf, lang)}</time>
            </span>
          ) : null}
          <button
            type="button"
            className="lang-switch"
            lang={lang === 'zh' ? 'en' : 'zh-CN'}
            title={t('switchLanguageLabel')}
            onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
          >
            {t('switchLanguage')}
          </button>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="app-main">
        {children}
      </main>
    </div>
  );
}
