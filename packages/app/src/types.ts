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
  PlanDocumentRole,
  ReviewState,
  StatusCode,
  TargetStatus,
} from '@lantu/core';
import type {
  ChangeAuthor,
  DocumentSummary,
  ItemPlace,
  HistoryEntry,
  Store,
  StoredItem,
  StoredObservation,
} from '@lantu/store';
import type { ReadPool } from '@lantu/readers';
import type { ExportDirection, ExportSort } from './export/export-order.js';
import type { ExportRequest } from './export/export-use-case.js';
import type { BattleMap, PlanEvaluation, PlanSummary } from './plans/plan-types.js';
import type { PromiseHistory } from './views/promise-history.js';
import type { Comparison, ComparisonQuery } from './compare/compare-types.js';
import type { DocumentPreview } from './documents/preview-document.js';
import type { DocumentReplacement } from './documents/replace-document.js';

export type { ExportDirection, ExportRequest, ExportSort };
import type { RefreshStatusesOptions, RefreshStatusesResult } from './statuses/refresh-statuses.js';

export type * from './plans/plan-types.js';
export type * from './compare/compare-types.js';

export type { RefreshStatusesOptions, RefreshStatusesResult };

export interface OpenLantuOptions {
  /** Store URL (`sqlite:…`, file path, `:memory:`, `postgres://…`); default `sqlite:.data/lantu.sqlite`. */
  readonly url?: string;
  /** The date statuses are computed for (ISO `YYYY-MM-DD`); default today. */
  readonly asOf?: string;
  readonly now?: () => Date;
  /**
   * Where untrusted files are read: a worker pool with time and memory limits (the server
   * and the CLI pass one, see @lantu/readers createReadPool). Without it files are read on
   * the calling thread (tests, scripts over trusted files). The caller closes it.
   */
  readonly readPool?: ReadPool;
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
  /** Every data row's outcome, for a preview (reasons in Chinese). */
  readonly rows?: readonly ImportRowOutcome[];
  /** True when nothing was stored because only a preview was asked for. */
  readonly dryRun?: boolean;
}

/** One data row of an import: accepted (with how many figures it gives) or refused, and why. */
export interface ImportRowOutcome {
  readonly row: number;
  readonly accepted: boolean;
  readonly figures: number;
  /** Chinese reasons (empty when accepted). */
  readonly reasons: readonly string[];
}

export interface ScorecardFilter {
  readonly jurisdiction?: string;
  readonly documentId?: string;
  /** Only the targets a plan's documents set for its period (a plan id). */
  readonly plan?: string;
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
export interface ScorecardRow extends ItemPlace {
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
  /** Each promise (deadline and measure) told across documents: made, restated, changed, dropped. */
  readonly promises: readonly PromiseHistory[];
  /**
   * 数据分析 per target id (level targets only): growth still required, the trend to the
   * deadline with a band, just met/missed — one sentence each in Chinese and English.
   */
  readonly analyses: Readonly<Record<string, { readonly zh: string; readonly en: string }>>;
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
  /** The signed-in person (from the session, never from a request body), or a tool's name. */
  readonly actor: ChangeAuthor;
  /**
   * The item's version the change was made from (what the person saw). When the item has
   * changed since, nothing is written and VersionConflictError (CONFLICT) carries the
   * current item. Omitted: no check (last write wins).
   */
  readonly expectedVersion?: number;
}

/** A person's correction of a document's metadata. */
export interface DocumentChange {
  /** Fields to change: title, issuer, kind, date, horizon (store PATCHABLE_DOCUMENT_FIELDS). */
  readonly patch: Readonly<Record<string, unknown>>;
  readonly actor: ChangeAuthor;
  /** The document version the change was made from; see ItemChange.expectedVersion. */
  readonly expectedVersion?: number;
}

export type ExportFormat = 'csv' | 'xlsx' | 'json';

export interface LantuApp {
  readonly store: Store;
  readonly asOf: string;
  ingest(
    inputs: readonly IngestInput[],
    options: {
      readonly actor: ChangeAuthor;
      readonly onProgress?: (done: number, total: number, fileName: string) => void;
    },
  ): Promise<readonly IngestResult[]>;
  importObservations(
    fileName: string,
    bytes: Uint8Array,
    options: {
      readonly actor: ChangeAuthor;
      /** Check every row and report, storing nothing (the web app's preview). */
      readonly dryRun?: boolean;
    },
  ): Promise<ImportResult>;
  /** Runs the automatic linker over unlinked items; people's links are kept. */
  linkAll(options: { readonly actor: ChangeAuthor }): Promise<{ readonly linked: number }>;
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
  /** Corrects a document's metadata; VersionConflictError for a stale expectedVersion. */
  changeDocument(id: string, change: DocumentChange): Promise<DocumentSummary>;
  /** Reads a file as ingest would and says what was found; stores nothing. */
  previewDocument(input: IngestInput): Promise<DocumentPreview>;
  /** Replaces a document by a new version of its file; see documents/replace-document.ts. */
  replaceDocument(
    id: string,
    input: IngestInput,
    options: { readonly actor: ChangeAuthor },
  ): Promise<DocumentReplacement>;
  /** Deletes a document and all read from it (items, links, observations); history says who. */
  deleteDocument(id: string, options: { readonly actor: ChangeAuthor }): Promise<void>;
  search(
    query: string,
    options?: { readonly limit?: number; readonly offset?: number },
  ): Promise<readonly SearchHit[]>;
  /**
   * The scorecard as a file: CSV/XLSX for people (Chinese headers, documents' units, the
   * screen's order when `order` is given, a 汇总 sheet), JSON as the API returns it.
   */
  exportScorecard(
    format: ExportFormat,
    filter?: ScorecardFilter,
    order?: ExportRequest,
  ): Promise<{
    readonly fileName: string;
    readonly contentType: string;
    readonly bytes: Uint8Array;
  }>;
  /**
   * The same file written as it is read (rows streamed from the stored statuses, a window
   * at a time): every error of the request is thrown before the first chunk; a chunk fails
   * only when the store does or the data changes meanwhile (CONFLICT).
   */
  streamScorecardExport(
    format: ExportFormat,
    filter?: ScorecardFilter,
    order?: ExportRequest,
  ): Promise<{
    readonly fileName: string;
    readonly contentType: string;
    readonly chunks: AsyncIterable<Uint8Array>;
  }>;
  /**
   * The store's data version: raised after every write through any app on the store (any
   * process), so an answer rendered at one version stays right until it changes.
   */
  dataVersion(): Promise<number>;
  /** Every plan (e.g. 义乌市“十四五”规划) with its documents, newest period first. */
  plans(): Promise<readonly PlanSummary[]>;
  /** One plan; NOT_FOUND for an unknown id. */
  plan(id: string): Promise<PlanSummary>;
  /** A person puts a document in a plan, or takes it out (`planId` null). */
  setDocumentPlan(input: {
    readonly documentId: string;
    readonly planId: string | null;
    readonly role: PlanDocumentRole;
    readonly actor: ChangeAuthor;
  }): Promise<PlanSummary | null>;
  /** The 规划实施情况评估 of a plan as of a date (default the app's). */
  planEvaluation(id: string, options?: { readonly asOf?: string }): Promise<PlanEvaluation>;
  /** The 作战图 of a plan: units (or fields) × quarters, every target in its cell by status. */
  battleMap(
    id: string,
    options?: {
      readonly asOf?: string;
      readonly section?: string;
      readonly unit?: string;
      readonly status?: StatusCode;
    },
  ): Promise<BattleMap>;
  /** One indicator across jurisdictions: targets and outcomes per year, each with its source. */
  compare(query: ComparisonQuery): Promise<Comparison>;
  /** The comparison as a CSV file (Chinese headers, sources named). */
  exportComparison(
    query: ComparisonQuery,
  ): Promise<{ readonly fileName: string; readonly bytes: Uint8Array }>;
  close(): Promise<void>;
}

export type { DocumentKind, ReviewState };
