/**
 * The app: language provider, page frame and the hash routes. Every page but the overview
 * is its own chunk, so the first load carries React, the frame and the overview only.
 */
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { Layout } from './components/layout.js';
import { I18nProvider, useI18n } from './i18n/i18n-context.js';
import type { Lang } from './i18n/lang.js';
import { OverviewPage } from './pages/overview-page.js';
import { useRoute } from './router/use-route.js';
import { useScrollMemory } from './router/scroll-memory.js';
import { usePageTitle } from './router/use-page-title.js';
import type { MessageKey } from './i18n/translate.js';

/** Each section's title for the tab; the indicator and reader pages name their subject. */
const SECTION_TITLE: Readonly<Record<string, MessageKey>> = {
  scorecard: 'navScorecard',
  indicators: 'navIndicators',
  documents: 'navDocuments',
  search: 'navSearch',
  poster: 'navPoster',
  plans: 'navPlans',
  compare: 'compareTitle',
  battlemap: 'battleMapTitle',
  'sign-in': 'signIn',
  tasks: 'navTasks',
  board: 'navBoard',
  notices: 'navNotices',
  inbox: 'navInbox',
  admin: 'navWorkspaceLabel',
};

/** Sections whose page names its own subject (the indicator, the document) in the tab. */
const SELF_TITLED = new Set(['indicators', 'documents']);
import { SessionProvider } from './session/session-context.js';
import type { SessionAnswer } from './session/session-types.js';

const ScorecardPage = lazy(() =>
  import('./pages/scorecard-page.js').then((m) => ({ default: m.ScorecardPage })),
);
const IndicatorsPage = lazy(() =>
  import('./pages/indicators-page.js').then((m) => ({ default: m.IndicatorsPage })),
);
const IndicatorPage = lazy(() =>
  import('./pages/indicator-page.js').then((m) => ({ default: m.IndicatorPage })),
);
const DocumentsPage = lazy(() =>
  import('./pages/documents-page.js').then((m) => ({ default: m.DocumentsPage })),
);
const ReaderPage = lazy(() =>
  import('./pages/reader-page.js').then((m) => ({ default: m.ReaderPage })),
);
const SearchPage = lazy(() =>
  import('./pages/search-page.js').then((m) => ({ default: m.SearchPage })),
);
const PlansPage = lazy(() =>
  import('./pages/plans-page.js').then((m) => ({ default: m.PlansPage })),
);
const PlanPage = lazy(() => import('./pages/plan-page.js').then((m) => ({ default: m.PlanPage })));
const BattleMapPage = lazy(() =>
  import('./pages/battle-map-page.js').then((m) => ({ default: m.BattleMapPage })),
);
const ComparePage = lazy(() =>
  import('./pages/compare-page.js').then((m) => ({ default: m.ComparePage })),
);
// The workspace (Ant Design, TanStack Query) is its own chunks: visitors never load it.
const SignInPage = lazy(() =>
  import('./workspace/sign-in-page.js').then((m) => ({ default: m.SignInPage })),
);
const PasswordPage = lazy(() =>
  import('./workspace/password-page.js').then((m) => ({ default: m.PasswordPage })),
);
const UsersPage = lazy(() =>
  import('./workspace/users-page.js').then((m) => ({ default: m.UsersPage })),
);
const UnitsPage = lazy(() =>
  import('./workspace/units-page.js').then((m) => ({ default: m.UnitsPage })),
);
const MyTasksPage = lazy(() =>
  import('./supervision/my-tasks-page.js').then((m) => ({ default: m.MyTasksPage })),
);
const BoardPage = lazy(() =>
  import('./supervision/board-page.js').then((m) => ({ default: m.BoardPage })),
);
const NoticesPage = lazy(() =>
  import('./supervision/notices-page.js').then((m) => ({ default: m.NoticesPage })),
);
const InboxPage = lazy(() =>
  import('./supervision/inbox-page.js').then((m) => ({ default: m.InboxPage })),
);
const FiguresPage = lazy(() =>
  import('./figures/figures-page.js').then((m) => ({ default: m.FiguresPage })),
);
const PosterPage = lazy(() =>
  import('./pages/poster-page.js').then((m) => ({ default: m.PosterPage })),
);

function NotFound() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('notFound')}</h1>
      <p>
        <a href="#/">{t('backHome')}</a>
      </p>
    </>
  );
}

function Page({
  segments,
  query,
}: {
  readonly segments: readonly string[];
  readonly query: URLSearchParams;
}) {
  const [section, id, ...rest] = segments;
  if (rest.length > 0) return <NotFound />;
  switch (section) {
    case undefined:
      return <OverviewPage />;
    case 'scorecard':
      return id === undefined ? <ScorecardPage params={query} /> : <NotFound />;
    case 'indicators':
      return id === undefined ? <IndicatorsPage /> : <IndicatorPage code={id} params={query} />;
    case 'documents':
      return id === undefined ? <DocumentsPage /> : <ReaderPage documentId={id} params={query} />;
    case 'search':
      return <SearchPage params={query} />;
    case 'poster':
      return <PosterPage params={query} />;
    case 'plans':
      return id === undefined ? <PlansPage /> : <PlanPage planId={id} />;
    case 'compare':
      return id === undefined ? <ComparePage params={query} /> : <NotFound />;
    case 'battlemap':
      return id === undefined ? <BattleMapPage params={query} /> : <NotFound />;
    case 'sign-in':
      return id === undefined ? <SignInPage /> : <NotFound />;
    case 'password':
      return id === undefined ? <PasswordPage /> : <NotFound />;
    case 'tasks':
      return id === undefined ? <MyTasksPage /> : <NotFound />;
    case 'board':
      return id === undefined ? <BoardPage /> : <NotFound />;
    case 'notices':
      return id === undefined ? <NoticesPage /> : <NotFound />;
    case 'figures':
      return id === undefined ? <FiguresPage /> : <NotFound />;
    case 'inbox':
      return id === undefined ? <InboxPage /> : <NotFound />;
    case 'admin':
      return id === 'users' ? <UsersPage /> : id === 'units' ? <UnitsPage /> : <NotFound />;
    default:
      return <NotFound />;
  }
}

/**
 * The page whose heading last had focus. Module state, not a ref: the component below sits
 * inside Suspense and is remounted when a lazy page loads, which must not count as a move.
 */
let focusedPage: string | null = null;

/** Moves focus to the page heading when the page (not just its query) changes, for screen readers. */
function FocusOnNavigate({
  pageKey,
  children,
}: {
  readonly pageKey: string;
  readonly children: ReactNode;
}) {
  useEffect(() => {
    const arrived = focusedPage === null; // the first page of this load keeps the browser's focus
    if (focusedPage === pageKey) return;
    focusedPage = pageKey;
    if (arrived) return;
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [pageKey]);
  return children;
}

function Routes() {
  const { t } = useI18n();
  const route = useRoute();
  useScrollMemory();
  const section = route.segments[0] ?? '';
  const sectionTitle = SECTION_TITLE[section];
  usePageTitle(
    route.segments.length > 1 && SELF_TITLED.has(section)
      ? undefined
      : sectionTitle === undefined
        ? null
        : t(sectionTitle),
  );
  const pageKey = route.segments.join('/');
  return (
    <Layout section={section}>
      <Suspense fallback={<p className="loading">{t('loading')}</p>}>
        <FocusOnNavigate pageKey={pageKey}>
          <Page segments={route.segments} query={route.query} />
        </FocusOnNavigate>
      </Suspense>
    </Layout>
  );
}

export function App({
  lang,
  session,
}: {
  readonly lang?: Lang;
  /** A known session (component tests); otherwise asked from /api/session. */
  readonly session?: SessionAnswer;
}) {
  return (
    <I18nProvider {...(lang ? { initial: lang } : {})}>
      <SessionProvider {...(session ? { initial: session } : {})}>
        <Routes />
      </SessionProvider>
    </I18nProvider>
  );
}
