import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Context } from 'hono';

/**
 * One rendered answer: its JSON as UTF-8 bytes (encoded once, not per request), a strong
 * ETag, and its gzip once someone asked for it.
 */
interface Rendered {
  readonly json: Uint8Array<ArrayBuffer>;
  readonly etag: string;
  gzip?: Uint8Array<ArrayBuffer>;
}

/** Answers smaller than this go out uncompressed (as hono/compress does). */
const GZIP_THRESHOLD_BYTES = 1024;

/**
 * Rendered JSON answers kept per store data version: a request whose URL was answered
 * at the current version gets the same bytes again (or 304 to its ETag) without touching
 * the scorecard. A new version empties the cache, so nothing stale is ever served; the
 * version is read per request from the store, so writes by other processes count too.
 */
export class RenderedCache {
  readonly #entries = new Map<string, Rendered>();
  readonly #maxEntries: number;
  #version = -1;

  /** @param maxEntries distinct URLs kept per version; the oldest goes first. */
  constructor(maxEntries = 500) {
    this.#maxEntries = maxEntries;
  }

  /**
   * Answers `c` from the cache at `version`, rendering with `render` on a miss.
   * `key` should name everything the answer depends on besides the version (the URL).
   */
  async answer(
    c: Context,
    version: number,
    key: string,
    render: () => Promise<unknown>,
  ): Promise<Response> {
    if (version !== this.#version) {
      this.#entries.clear();
      this.#version = version;
    }
    let entry = this.#entries.get(key);
    if (entry === undefined) {
      const json = new TextEncoder().encode(JSON.stringify(await render()));
      const digest = createHash('sha1').update(json).digest('base64url').slice(0, 16);
      entry = { json, etag: `"${version}-${digest}"` };
      // Stored only if no write came in meanwhile (another request may have cleared it).
      if (this.#version === version) this.#remember(key, entry);
    }
    return respond(c, entry);
  }

  #remember(key: string, entry: Rendered): void {
    if (this.#entries.size >= this.#maxEntries) {
      const oldest = this.#entries.keys().next();
      if (oldest.done !== true) this.#entries.delete(oldest.value);
    }
    this.#entries.set(key, entry);
  }
}

function respond(c: Context, entry: Rendered): Response {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json; charset=UTF-8',
    ETag: entry.etag,
    Vary: 'Accept-Encoding',
  };
  const ifNoneMatch = c.req.header('if-none-match');
  if (ifNoneMatch !== undefined && ifNoneMatch.split(/\s*,\s*/u).includes(entry.etag)) {
    return c.body(null, 304, { ETag: entry.etag, Vary: 'Accept-Encoding' });
  }
  const acceptsGzip = /\bgzip\b/iu.test(c.req.header('accept-encoding') ?? '');
  if (acceptsGzip && entry.json.length >= GZIP_THRESHOLD_BYTES) {
    entry.gzip ??= new Uint8Array(gzipSync(entry.json));
    return c.body(entry.gzip, 200, {
      ...headers,
      'Content-Encoding': 'gzip',
    });
  }
  return c.body(entry.json, 200, headers);
}
