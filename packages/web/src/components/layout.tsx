/** The page frame: skip link, header with navigation and language switch, main landmark. */
import { useRef, type ReactNode } from 'react';
import { getJson } from '../api/client.js';
import { formatDate } from '../format/date.js';
import { useApi } from '../hooks/use-api.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { MessageKey } from '../i18n/translate.js';
import { useSession } from '../session/session-context.js';
import type { Role } from '../session/session-types.js';
import { buildHash } from '../router/hash-route.js';
import { useRoute } from '../router/use-route.js';

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

/** The workspace's pages, each for the roles that may use it. */
const WORKSPACE_NAV: readonly {
  readonly path: readonly string[];
  readonly label: MessageKey;
  readonly roles: readonly Role[];
}[] = [
  { path: ['tasks'], label: 'navTasks', roles: ['reporter'] },
  { path: ['board'], label: 'navBoard', roles: ['supervisor', 'reviewer', 'admin'] },
  { path: ['figures'], label: 'navFigures', roles: ['reviewer'] },
  { path: ['notices'], label: 'navNotices', roles: ['supervisor', 'reporter'] },
  { path: ['inbox'], label: 'navInbox', roles: ['reviewer', 'reporter', 'supervisor', 'admin'] },
  { path: ['admin', 'users'], label: 'navUsers', roles: ['admin'] },
  { path: ['admin', 'units'], label: 'navUnits', roles: ['admin'] },
];

export const ROLE_LABEL: Readonly<Record<Role, MessageKey>> = {
  reviewer: 'roleReviewer',
  reporter: 'roleReporter',
  supervisor: 'roleSupervisor',
  admin: 'roleAdmin',
};

export interface LayoutProps {
  /** The first path segment of the current route, to mark the current nav entry. */
  readonly section: string;
  readonly children: ReactNode;
}

export function Layout({ section, children }: LayoutProps) {
  const { t, lang, setLang } = useI18n();
  const session = useSession();
  const user = session.user;
  const workspace = WORKSPACE_NAV.filter((entry) => session.can(...entry.roles));
  const here = useRoute().segments.slice(0, 2).join('/');
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
            {workspace.map((entry) => (
              <li key={entry.path.join('/')} className="workspace-link">
                <a
                  href={buildHash(entry.path)}
                  aria-current={entry.path.join('/') === here ? 'page' : undefined}
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
          {user ? (
            <span className="user-box">
              <span className="user-name" title={user.email}>
                {user.name}
              </span>
              <span className="user-role">{t(ROLE_LABEL[user.role])}</span>
              <button
                type="button"
                className="link-button sign-out"
                onClick={() => {
                  void session.signOut().then(() => {
                    window.location.hash = buildHash([]);
                  });
                }}
              >
                {t('signOut')}
              </button>
            </span>
          ) : user === null ? (
            <a className="sign-in-link" href={buildHash(['sign-in'])}>
              {t('signIn')}
            </a>
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
