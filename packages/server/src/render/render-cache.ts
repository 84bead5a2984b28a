/** One rendered file: its bytes and the headers it goes out with. */
export interface RenderedFile {
  readonly bytes: Uint8Array;
  readonly headers: Readonly<Record<string, string>>;
}

/** Files kept per data version, by default. */
const DEFAULT_MAX_FILES = 32;
/** Bytes kept per data version, by default (a poster PNG is about 0.6 MB). */
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/**
 * Rendered posters, wall charts and reports kept per store data version: the same URL at
 * the same version is the same file, served without rendering again. A new version drops
 * everything, so nothing stale is served. Renders of one key already under way are shared,
 * so eight requests for the same poster render it once. Bounded in files and bytes; the
 * oldest goes first.
 */
export class RenderCache {
  readonly #files = new Map<string, RenderedFile>();
  readonly #pending = new Map<string, Promise<RenderedFile>>();
  readonly #maxFiles: number;
  readonly #maxBytes: number;
  #bytes = 0;
  #version = -1;

  constructor(maxFiles = DEFAULT_MAX_FILES, maxBytes = DEFAULT_MAX_BYTES) {
    this.#maxFiles = maxFiles;
    this.#maxBytes = maxBytes;
  }

  /** The file for `key` at `version`, rendered by `render` only when not kept or under way. */
  async get(
    version: number,
    key: string,
    render: () => Promise<RenderedFile>,
  ): Promise<RenderedFile> {
    if (version !== this.#version) {
      this.#files.clear();
      this.#pending.clear();
      this.#bytes = 0;
      this.#version = version;
    }
    const kept = this.#files.get(key);
    if (kept !== undefined) return kept;
    const under = this.#pending.get(key);
    if (under !== undefined) return under;
    const rendering = render();
    this.#pending.set(key, rendering);
    try {
      const file = await rendering;
      if (this.#version === version) this.#remember(key, file);
      return file;
    } finally {
      if (this.#pending.get(key) === rendering) this.#pending.delete(key);
    }
  }

  #remember(key: string, file: RenderedFile): void {
    if (file.bytes.byteLength > this.#maxBytes) return;
    while (
      this.#files.size > 0 &&
      (this.#files.size >= this.#maxFiles || this.#bytes + file.bytes.byteLength > this.#maxBytes)
    ) {
      const oldest = this.#files.keys().next();
      if (oldest.done === true) break;
      this.#bytes -= this.#files.get(oldest.value)?.bytes.byteLength ?? 0;
      this.#files.delete(oldest.value);
    }
    this.#files.set(key, file);
    this.#bytes += file.bytes.byteLength;
  }
}
