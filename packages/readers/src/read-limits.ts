/**
 * Reading limits: checked before the expensive work (inflating, parsing) so a hostile file is
 * refused cheaply. Plain data, so the CLI, the server's upload route and a later job queue can
 * pass the same settings to the same read function. Defaults are documented in docs/deploy.md (Hostile files).
 */
export interface ReadLimits {
  /** Largest file accepted at all (bytes); over it: FILE_TOO_LARGE. */
  readonly maxFileBytes: number;
  /** DOCX/XLSX: most entries in the zip container. */
  readonly maxZipEntries: number;
  /** DOCX/XLSX: largest inflated size of one entry (declared and actual), bytes. */
  readonly maxZipEntryBytes: number;
  /** DOCX/XLSX: largest inflated size of all entries together (declared and actual), bytes. */
  readonly maxZipTotalBytes: number;
  /** HTML: deepest element nesting. */
  readonly maxHtmlDepth: number;
  /** PDF: most pages. */
  readonly maxPdfPages: number;
  /** PDF: largest inflated size of one compressed stream, bytes. */
  readonly maxPdfStreamBytes: number;
  /** PDF: largest inflated size of all compressed streams together, bytes. */
  readonly maxPdfTotalBytes: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxZipEntries: 5_000,
  maxZipEntryBytes: 100 * 1024 * 1024,
  maxZipTotalBytes: 200 * 1024 * 1024,
  maxHtmlDepth: 1_000,
  maxPdfPages: 2_000,
  maxPdfStreamBytes: 100 * 1024 * 1024,
  maxPdfTotalBytes: 500 * 1024 * 1024,
};
