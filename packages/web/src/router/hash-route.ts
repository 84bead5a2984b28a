/**
 * Routes live in the URL hash (`#/scorecard?status=missed`), so any static server (and the
 * API server's plain file serving) can host the app without a fallback rule, and every
 * filtered view is a link someone can share.
 */

export interface Route {
  /** Path segments: `#/documents/abc` → ['documents', 'abc']. */
  readonly segments: readonly string[];
  readonly query: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const [path = '', search = ''] = raw.split('?', 2);
  const segments = path
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment; // a malformed escape is kept as typed, and matches no route
      }
    });
  return { segments, query: new URLSearchParams(search) };
}

/** `#/a/b?x=1` from segments and a query, dropping blank parameters. */
export function buildHash(
  segments: readonly string[],
  query: Readonly<Record<string, string | number | null | undefined>> = {},
): string {
  const path = segments.map((segment) => encodeURIComponent(segment)).join('/');
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === null || value === undefined || String(value).trim() === '') continue;
    search.set(key, String(value));
  }
  const encoded = search.toString();
  return `#/${path}${encoded ? `?${encoded}` : ''}`;
}
