/**
 * Everything a command touches outside the process: output streams, the file
 * system and the progress bar. Commands receive it as a parameter so tests can
 * run them in-process against fakes; main.ts wires the real Node versions.
 */

/** A text sink such as process.stdout. */
export interface Writer {
  write(chunk: string): unknown;
  /** True when the sink is an interactive terminal. */
  readonly isTTY?: boolean;
  /** Terminal width in columns, when known. */
  readonly columns?: number;
}

/** What a path names on disk; `missing` also covers paths we may not stat. */
export type PathKind = 'file' | 'directory' | 'missing';

/** Progress of a batch of files; every method is a no-op when no bar is shown. */
export interface Progress {
  // Properties, not methods: `log` is handed around as a bare callback.
  /** Marks one more file done, naming it. */
  readonly tick: (label: string) => void;
  /** Prints a line to stderr without tearing the bar. */
  readonly log: (line: string) => void;
  readonly stop: () => void;
}

export interface CliIo {
  readonly stdout: Writer;
  readonly stderr: Writer;
  readFile(path: string): Promise<Uint8Array>;
  /** Writes UTF-8 text, replacing any existing file. */
  writeFile(path: string, text: string): Promise<void>;
  /**
   * Writes UTF-8 text given as consecutive pieces, replacing any existing file: a large
   * reading's JSON is written without ever being one string (see output/reading-json.ts).
   */
  writeChunks(path: string, chunks: Iterable<string>): Promise<void>;
  /** Writes bytes (a report, a workbook), replacing any existing file. */
  writeBytes(path: string, bytes: Uint8Array): Promise<void>;
  /** Creates a directory and its parents; succeeds when it already exists. */
  makeDir(path: string): Promise<void>;
  pathKind(path: string): Promise<PathKind>;
  /** Entry names (not paths) of a directory, in no particular order. */
  readDir(path: string): Promise<readonly string[]>;
  /** Starts a progress display for `total` files. */
  startProgress(total: number): Progress;
}
