/**
 * The JSON the web app reads from /api (docs/api.md). Shapes come from @lantu/app and
 * @lantu/core as types only: the browser bundle never pulls in their code, and the web app
 * never imports the store, readers or server. The store's record types are read off the app
 * contract that carries them; the shapes the server alone defines (overview headline) are
 * mirrored here.
 */
import type {
  Comparison,
  BattleMap,
  BattleMapEntry,
  DocumentView,
  IndicatorSeries,
  PlanEvaluation,
  PlanGroup,
  PlanIndicatorRow,
  PlanSummary,
  LantuApp,
  Scorecard,
  ScorecardFilter,
  ScorecardRow,
  SearchHit,
} from '@lantu/app';
import type {
  Comparator,
  Framework,
  FrameworkPart,
  Indicator,
  ItemKind,
  Measure,
  OutlineEntry,
  ReviewState,
  StatusCode,
  TargetStatus,
} from '@lantu/core';

/** An item as stored, with review and link state. */
type StoredItem = ScorecardRow['item'];
/** A stored document without its text. */
type DocumentSummary = Omit<DocumentView['document'], 'text'>;
/** A stored observation with its source. */
type StoredObservation = IndicatorSeries['observations'][number];
/** One append-only audit entry of an item. */
type HistoryEntry = Awaited<ReturnType<LantuApp['itemHistory']>>[number];

export type {
  Comparison,
  BattleMap,
  BattleMapEntry,
  PlanEvaluation,
  PlanGroup,
  PlanIndicatorRow,
  PlanSummary,
  Comparator,
  DocumentSummary,
  DocumentView,
  Framework,
  FrameworkPart,
  HistoryEntry,
  Indicator,
  IndicatorSeries,
  ItemKind,
  Measure,
  OutlineEntry,
  ReviewState,
  Scorecard,
  ScorecardFilter,
  ScorecardRow,
  SearchHit,
  StatusCode,
  StoredItem,
  StoredObservation,
  TargetStatus,
};

/** A framework with the document it was read from (`/api/frameworks`, `/api/overview`). */
export interface DocumentFramework {
  readonly document_id: string;
  readonly document_title: string;
  readonly framework: Framework;
}

/** One headline indicator: the latest figure against the current target (server schema). */
export interface Headline {
  readonly indicator: Indicator;
  readonly latest: {
    readonly value: number;
    readonly year: number;
    readonly period: string | null;
    /** A threshold passed (突破/超), not an exact figure. */
    readonly is_bound: boolean;
    readonly unit: string | null;
  };
  readonly target: {
    readonly item_id: string;
    readonly document_id: string;
    readonly metric: string;
    /** The target as written in the document. */
    readonly text: string;
    readonly comparator: Comparator | null;
    readonly value: number;
    readonly value_max: number | null;
    readonly year: number | null;
    readonly unit: string | null;
  };
  readonly status: TargetStatus;
}

/** `GET /api/overview`. */
export interface Overview {
  readonly as_of: string;
  readonly totals: Readonly<Record<StatusCode, number>>;
  readonly headline: readonly Headline[];
  readonly frameworks: readonly DocumentFramework[];
  readonly documents: readonly DocumentSummary[];
}

/** The fields of an item a reviewer may correct from the reader. */
export type ItemPatch = Partial<
  Pick<
    StoredItem,
    | 'kind'
    | 'metric'
    | 'measure'
    | 'comparator'
    | 'value'
    | 'value_max'
    | 'unit'
    | 'base_value'
    | 'base_unit'
    | 'year'
    | 'period'
    | 'recurring'
    | 'scope'
  >
>;
