/**
 * A shared link names its page as a path (`/indicators/gdp`), since a server never sees the
 * hash and so could not give the page its own title and share tags; on load the path moves
 * into the hash, where the app's routes live (`/#/indicators/gdp`).
 */
export function pathToHash(location: {
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}): string | null {
  if (location.hash !== '' || location.pathname === '/' || location.pathname === '') return null;
  if (/\.[a-z0-9]+$/i.test(location.pathname)) return null;
  return `/#${location.pathname}${location.search}`;
}

/** A page title per route for tabs and history: 目标清单 · 蓝图 · 规划目标监测. */
export function documentTitle(page: string | null, site: string): string {
  return page ? `${page} · ${site}` : site;
}
