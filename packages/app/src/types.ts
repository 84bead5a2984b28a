/**
 * The application contract: what the CLI, the server and (through the server's JSON) the
 * web app ask of Lantu. Implemented in this package by composing core (reading, linking,
 * evaluation) with the store and the readers.
 */
import type {
  DocumentKind,
  DocumentMeta,
  ErrorCode,
  Framework,
  Indicator,
  OutlineEntry,
  ReviewState,
  StatusCode,
  TargetStatus,
} from '@lantu/core';
import type {
  DocumentSummary,
  HistoryEntry,
  Store,
  StoredItem,
  StoredObservation,
} from '@lantu/store';
import type { RefreshStatusesOptions, RefreshStatusesResult } from './statuses/refresh-statuses.js';

export type { RefreshStatusesOptions, RefreshStatusesResult };

export interface OpenLantuOptions {
  /** Store URL (`sqlite:…`, file path, `:memory:`, `postgres://…`); default `sqlite:.data/lantu.sqlite`. */
  readonly url?: string;
  /** The date statuses are computed for (ISO `YYYY-MM-DD`); default today. */
  readonly asOf?: string;
  readonly now?: () => Date;
}

/** One file to ingest. */
export interface IngestInput {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** Metadata from a manifest or flags; missing fields are inferred from the text. */
  readonly meta?: DocumentMeta;
}

/** Per-file outcome: expected failures are results, not exceptions. */
export type IngestResult =
  | {
      readonly ok: true;
      readonly fileName: string;
      readonly status: 'created' | 'unchanged';
      readonly documentId: string;
      readonly items: number;
      readonly linked: number;
    }
  | {
      readonly ok: false;
      readonly fileName: string;
      readonly code: ErrorCode;
      readonly message: string;
    };

export interface ImportRowError {
  /** 1-based row number in the file (header is row 1). */
  readonly row: number;
  readonly message: string;
}

/** All rows or none: `imported` is 0 whenever `errors` is non-empty. */
export interface ImportResult {
  readonly fileName: string;
  readonly imported: number;
  readonly errors: readonly ImportRowError[];
  /** Rows identical to a figure already imported (same series, period, value, unit): not stored twice. */
  readonly skipped?: number;
}

export interface ScorecardFilter {
  readonly jurisdiction?: string;
  readonly documentId?: string;
  readonly status?: StatusCode;
  readonly kind?: 'target' | 'milestone';
  readonly indicator?: string;
  readonly year?: number;
  /** Substring of metric or text. */
  readonly q?: string;
  readonly limit?: number;
  readonly offset?: number;
  /** ISO date to compute statuses for; default the app's `asOf`. */
  readonly asOf?: string;
}

/** One target (or milestone) with where it stands. */
export interface ScorecardRow {
  readonly item: StoredItem;
  readonly document: Pick<DocumentSummary, 'id' | 'title' | 'kind' | 'date' | 'jurisdiction_code'>;
  /** The outline entry the item sits in, if any. */
  readonly section: {
    readonly index: number;
    readonly title: string;
    readonly label: string;
  } | null;
  readonly indicator: Pick<Indicator, 'code' | 'name_zh' | 'name_en'> | null;
  readonly status: TargetStatus;
}

export interface Scorecard {
  readonly as_of: string;
  readonly rows: readonly ScorecardRow[];
  /** Rows matching the filter before limit/offset. */
  readonly total: number;
  /** Rows per status, over the rows matching every filter field except `status`. */
  readonly totals: Readonly<Record<StatusCode, number>>;
  /** Same indicator and deadline, a different target in a later document (core `GoalpostChange`). */
  readonly goalpost_changes: readonly unknown[];
  /** Same indicator and period, different reported values (core `ClaimConflict`, every source kept). */
  readonly claim_conflicts: readonly unknown[];
  /** Indicators a plan set targets for that the next edition of that kind no longer mentions (core `RetiredTarget`). */
  readonly retired_targets?: readonly unknown[];
}

export interface IndicatorSeries {
  readonly indicator: Indicator;
  readonly jurisdiction: string;
  readonly observations: readonly StoredObservation[];
  /** The targets linked to this indicator and jurisdiction, with their statuses. */
  readonly targets: readonly ScorecardRow[];
}

export interface DocumentView {
  readonly document: DocumentSummary & { readonly text: string };
  readonly outline: readonly OutlineEntry[];
  readonly frameworks: readonly Framework[];
  readonly items: readonly StoredItem[];
}

export interface SearchHit {
  readonly type: 'document' | 'item';
  readonly document_id: string;
  readonly document_title: string;
  readonly item_id: string | null;
  /** The matched text with a little context around it. */
  readonly snippet: string;
  readonly start: number;
  readonly end: number;
  /** Item hits on a target or milestone: its status as of the app's date, when stored. */
  readonly status?: StatusCode | null;
  /** Item hits: the year the target or milestone falls due. */
  readonly deadline?: number | null;
}

export interface ItemChange {
  readonly action: 'correct' | 'confirm' | 'reject';
  /**
   * For `correct`: item fields to change (store PATCHABLE_ITEM_FIELDS), and/or
   * `indicator_code` (null unlinks) and `jurisdiction_code` to re-link the item by hand:
   * a person's link, which the automatic linker never replaces.
   */
  readonly patch?: Readonly<Record<string, unknown>>;
  readonly actor: string;
}

export type ExportFormat = 'csv' | 'xlsx' | 'json';

export interface LantuApp {
  readonly store: Store;
  readonly asOf: string;
  ingest(
    inputs: readonly IngestInput[],
    options: {
      readonly actor: string;
      readonly onProgress?: (done: number, total: number, fileName: string) => void;
    },
  ): Promise<readonly IngestResult[]>;
  importObservations(
    fileName: string,
    bytes: Uint8Array,
    options: { readonly actor: string },
  ): Promise<ImportResult>;
  /** Runs the automatic linker over unlinked items; people's links are kept. */
  linkAll(options: { readonly actor: string }): Promise<{ readonly linked: number }>;
  scorecard(filter?: ScorecardFilter): Promise<Scorecard>;
  /**
   * Computes and stores the statuses of every target and milestone (of `jurisdictions`,
   * default all) as of `asOf` (default the app's date), so that one jurisdiction's
   * scorecard pages are read instead of computed. Any write drops them again.
   */
  refreshStatuses(options?: RefreshStatusesOptions): Promise<RefreshStatusesResult>;
  indicators(): Promise<readonly Indicator[]>;
  series(indicatorCode: string, jurisdiction: string): Promise<IndicatorSeries>;
  documents(): Promise<readonly DocumentSummary[]>;
  document(id: string): Promise<DocumentView>;
  changeItem(id: string, change: ItemChange): Promise<StoredItem>;
  itemHistory(id: string): Promise<readonly HistoryEntry[]>;
  search(query: string, options?: { readonly limit?: number }): Promise<readonly SearchHit[]>;
  /** The scorecard (with each row's source sentence) as a file. */
  exportScorecard(
    format: ExportFormat,
    filter?: ScorecardFilter,
  ): Promise<{
    readonly fileName: string;
    readonly contentType: string;
    readonly bytes: Uint8Array;
  }>;
  close(): Promise<void>;
}

export type { DocumentKind, ReviewState };
