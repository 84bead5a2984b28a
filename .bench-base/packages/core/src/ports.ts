/**
 * Ports the core owns. Adapters implement them in their own packages; the core
 * never imports a file-format or database library.
 */

/** Where a span of extracted text came from in the source file. */
export interface SourceSegment {
  /** Offsets into ReadText.text. */
  readonly start: number;
  readonly end: number;
  /** 1-based page (PDF) or paragraph/block index (DOCX, HTML). */
  readonly page?: number;
  readonly paragraph?: number;
}

/** The text a reader got out of a file, with a map back to pages/paragraphs. */
export interface ReadText {
  readonly text: string;
  readonly format: 'text' | 'markdown' | 'pdf' | 'docx' | 'html';
  readonly segments: readonly SourceSegment[];
  /** A title the file itself carries (HTML <title>, DOCX core props), if any. */
  readonly title?: string;
}

export interface DocumentReader {
  /** File name extensions (lower case, no dot) this reader accepts. */
  readonly extensions: readonly string[];
  /** Throws LantuError FILE_UNREADABLE / FILE_EMPTY for bad input. */
  read(bytes: Uint8Array, fileName: string): Promise<ReadText>;
}
