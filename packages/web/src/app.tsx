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
};

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
    route.segments.length > 1 ? undefined : sectionTitle === undefined ? null : t(sectionTitle),
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

export function App({ lang }: { readonly lang?: Lang }) {
  return (
    <I18nProvider {...(lang ? { initial: lang } : {})}>
      <Routes />
    </I18nProvider>
  );
}
