/**
 * A title and Open Graph tags per page, written into index.html on the server, so that tabs,
 * history and shared links (WeChat, Slack, search engines — none of which run the app's
 * JavaScript) tell pages apart. The app's routes live in the hash, which never reaches a
 * server; a shared link uses the same route as a path (`/indicators/gdp`) and the app moves
 * it into the hash on load (packages/web/src/router/path-to-hash.ts).
 *
 * What a page is called is asked of the API in-process (`router.request`), so this module
 * needs nothing but the router. Unknown routes get index.html unchanged.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Env, Hono } from 'hono';

const SITE = '蓝图 · 规划目标监测';

export interface PageMeta {
  readonly title: string;
  readonly description: string;
  /** A path on this server (the poster PNG), made absolute from the request. */
  readonly image: string | null;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** index.html with the page's title and share tags in place of the generic ones. */
export function withPageMeta(html: string, meta: PageMeta, url: string, origin: string): string {
  const title = escapeHtml(meta.title);
  const description = escapeHtml(meta.description);
  const tags = [
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="蓝图 Lantu" />`,
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta property="og:url" content="${escapeHtml(url)}" />`,
    ...(meta.image
      ? [
          `<meta property="og:image" content="${escapeHtml(origin + meta.image)}" />`,
          `<meta name="twitter:card" content="summary_large_image" />`,
        ]
      : []),
  ].join('\n    ');
  return html
    .replace(/[ \t]*<meta (?:property="og:|name="twitter:)[^>]*>\n?/g, '')
    .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`)
    .replace(
      /<meta name="description" content="[^"]*" \/>/,
      `<meta name="description" content="${description}" />`,
    )
    .replace('</head>', `    ${tags}\n  </head>`);
}

/**
 * The build links its files relatively (`./assets/…`, Vite's base './'), which from a page
 * path such as `/indicators/gdp` would point into `/indicators/assets/`: each `./` in a
 * src or href becomes the way back up to the folder index.html lives in.
 */
export function withAssetsFrom(html: string, path: string): string {
  const depth = Math.max(0, path.split('/').length - 2);
  if (depth === 0) return html;
  return html.replace(/((?:src|href)=")\.\//g, `$1${'../'.repeat(depth)}`);
}

/**
 * index.html asks for the overview's data at once (a preload beside the JavaScript: on 3G a
 * round trip is 300 ms). A page path names another page (`/indicators/gdp`), so the answer
 * would go unused there: that page's HTML leaves the preload out. At `/` the page is only
 * known to the browser (the hash), and the overview is the likely one.
 */
export function withoutOverviewPreload(html: string, path: string): string {
  if (path === '/' || path === '') return html;
  return html.replace(/[ \t]*<link rel="preload" href="\/api\/overview"[^>]*>\n?/, '');
}

type Ask = <T>(path: string) => Promise<T | null>;

interface Named {
  readonly id?: string;
  readonly code?: string;
  readonly title?: string;
  readonly name_zh?: string;
  readonly date?: string | null;
}

const STATUS_WORDS: readonly [string, string][] = [
  ['achieved', '已完成'],
  ['on-track', '按序时推进'],
  ['at-risk', '滞后'],
  ['off-track', '严重滞后'],
  ['missed', '未完成'],
  ['not-yet-due', '未到期'],
  ['no-data', '暂无数据'],
];

/** The newest document's poster: what a shared overview link shows as its picture. */
async function newestPoster(ask: Ask): Promise<string | null> {
  const documents = (await ask<Named[]>('/api/documents')) ?? [];
  const newest = [...documents].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))[0];
  return newest?.id ? `/api/poster?document=${encodeURIComponent(newest.id)}&format=png` : null;
}

/** The page's title, description and picture, or null for a path that is not a page. */
export async function pageMeta(segments: readonly string[], ask: Ask): Promise<PageMeta | null> {
  const [section, id, ...rest] = segments;
  if (rest.length > 0) return null;
  const page = (title: string, description: string, image: string | null = null): PageMeta => ({
    title: `${title} · ${SITE}`,
    description,
    image,
  });
  switch (section) {
    case undefined: {
      const overview = await ask<{ totals: Record<string, number> }>('/api/overview');
      const counts = overview
        ? STATUS_WORDS.map(([code, word]) => `${word} ${overview.totals[code] ?? 0}`).join('，')
        : '';
      return {
        title: SITE,
        description: `规划目标完成情况：${counts}。每项结论附原文出处。`,
        image: await newestPoster(ask),
      };
    }
    case 'scorecard':
      return id === undefined
        ? page('目标清单', '每一项规划目标的完成状态、进度和原文出处。', await newestPoster(ask))
        : null;
    case 'indicators': {
      if (id === undefined) return page('指标', '规划指标的历年数据、目标和出处。');
      const indicators = (await ask<Named[]>('/api/indicators')) ?? [];
      const indicator = indicators.find((i) => i.code === id);
      return indicator?.name_zh
        ? page(
            indicator.name_zh,
            `${indicator.name_zh}：历年数据、目标线和所需路径，每个数字附原文出处。`,
          )
        : null;
    }
    case 'documents': {
      if (id === undefined) return page('原文', '规划、报告等原文，识别出的目标和数据高亮显示。');
      const documents = (await ask<Named[]>('/api/documents')) ?? [];
      const document = documents.find((d) => d.id === id);
      return document?.title
        ? page(
            document.title,
            `《${document.title}》原文，识别出的目标、实绩和任务高亮显示。`,
            `/api/poster?document=${encodeURIComponent(id)}&format=png`,
          )
        : null;
    }
    case 'search':
      return id === undefined ? page('搜索', '在规划原文和识别条目中搜索。') : null;
    case 'poster':
      return id === undefined
        ? page('一图读懂', '规划文件的一图读懂海报。', await newestPoster(ask))
        : null;
    default:
      return null;
  }
}

/**
 * Answers page paths (`/`, `/indicators/gdp`, `/documents/<id>` …) with index.html carrying
 * that page's title and share tags; anything else goes on to the plain fallback.
 */
export function registerPageMeta<E extends Env>(
  router: Hono<E>,
  dist: string,
  cacheControl: string,
): void {
  let index: Promise<string> | undefined;
  router.get('*', async (c, next) => {
    const path = c.req.path;
    if (path === '/api' || path.startsWith('/api/') || /\.[a-z0-9]+$/i.test(path)) return next();
    const segments = path
      .split('/')
      .filter((s) => s !== '')
      .map((s) => {
        try {
          return decodeURIComponent(s);
        } catch {
          return s;
        }
      });
    const ask: Ask = async <T>(apiPath: string) => {
      // Asked as a visitor on the same host (the Host allowlist applies to this request too).
      const res = await router.request(new URL(apiPath, c.req.url).href);
      return res.ok ? ((await res.json()) as T) : null;
    };
    const meta = await pageMeta(segments, ask).catch(() => null);
    if (meta === null) return next();
    index ??= readFile(join(dist, 'index.html'), 'utf8');
    const url = new URL(c.req.url);
    c.header('Cache-Control', cacheControl);
    const page = withPageMeta(await index, meta, url.href, url.origin);
    return c.html(withAssetsFrom(withoutOverviewPreload(page, path), path));
  });
}
