import { LantuError } from '@lantu/core';

/** Where a store lives, parsed from its URL. */
export type StoreLocation =
  | { readonly dialect: 'sqlite'; readonly path: string }
  | { readonly dialect: 'postgres'; readonly url: string };

/** The folder the embedded database goes in unless the caller says otherwise (git-ignored). */
export const DEFAULT_DATA_DIR = '.data';

/** The embedded default: an SQLite file under `dataDir`. */
export function defaultStoreUrl(dataDir: string = DEFAULT_DATA_DIR): string {
  return `sqlite:${dataDir.replace(/\/+$/, '')}/lantu.sqlite`;
}

/**
 * Parses `sqlite:<path>`, a plain file path, `:memory:` or `postgres(ql)://…`.
 * Any other `scheme://` is refused rather than mistaken for a file name.
 */
export function parseStoreUrl(url: string): StoreLocation {
  const trimmed = url.trim();
  if (trimmed === '') throw new LantuError('INPUT_INVALID', 'store URL is empty');
  if (/^postgres(ql)?:\/\//i.test(trimmed)) return { dialect: 'postgres', url: trimmed };
  if (/^sqlite:/i.test(trimmed)) {
    // `sqlite://data/x` and `sqlite:///abs/x` read as URLs: drop the authority slashes.
    const path = trimmed.slice('sqlite:'.length).replace(/^\/\//, '');
    if (path === '') throw new LantuError('INPUT_INVALID', `store URL has no path: ${url}`);
    return { dialect: 'sqlite', path };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) {
    throw new LantuError('INPUT_INVALID', `unsupported store URL scheme: ${url}`);
  }
  return { dialect: 'sqlite', path: trimmed };
}
