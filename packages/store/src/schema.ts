/**
 * The Kysely table types: what a row looks like on the wire from either dialect.
 *
 * JSON columns are typed `string` (JSON text) because both dialects hand them back as
 * text: SQLite stores text, and the PostgreSQL pool is told not to parse jsonb (see
 * postgres-dialect.ts), so `json-column.ts` is the one place that encodes and decodes.
 * Booleans are 0/1 integers because better-sqlite3 cannot bind JS booleans.
 * Timestamps are ISO-8601 text, so both dialects compare and sort them the same way.
 */
import type { Generated } from 'kysely';

export interface JurisdictionsTable {
  code: string;
  name_zh: string;
  name_en: string;
  level: string;
  parent_code: string | null;
  /** GB/T 2260 code (migration 0018); null for places outside the catalog. */
  gb_code: string | null;
}

export interface DocumentsTable {
  id: string;
  file_name: string;
  title: string;
  jurisdiction_code: string | null;
  issuer: string | null;
  kind: string;
  date: string | null;
  horizon: number | null;
  text: string;
  content_hash: string;
  chars: number;
  created_at: string;
  /** Raised by one on each change of the document's metadata (0015). */
  version: Generated<number>;
}

export interface OutlineNodesTable {
  document_id: string;
  idx: number;
  level: number;
  label: string;
  title: string;
  start: number;
  end: number;
}

export interface FrameworksTable {
  id: string;
  document_id: string;
  idx: number;
  name: string;
  text: string;
  start: number;
  end: number;
}

export interface FrameworkPartsTable {
  framework_id: string;
  idx: number;
  count: number;
  label: string;
  /** JSON text: string[]. */
  items: string;
}

export interface ItemsTable {
  id: string;
  document_id: string;
  idx: number;
  kind: string;
  metric: string;
  measure: string | null;
  comparator: string | null;
  value: number | null;
  value_max: number | null;
  unit: string | null;
  base_value: number | null;
  base_unit: string | null;
  year: number | null;
  period: string | null;
  recurring: number;
  /** JSON text: Baseline, or SQL null. */
  baseline: string | null;
  scope: string | null;
  text: string;
  start: number;
  end: number;
  section: number | null;
  review_state: Generated<string>;
  indicator_code: string | null;
  link_confidence: number | null;
  link_method: string | null;
  jurisdiction_code: string | null;
  updated_at: string;
  /** Raised by one on each change of the item (0015). */
  version: Generated<number>;
}

export interface IndicatorsTable {
  code: string;
  name_zh: string;
  name_en: string;
  /** JSON text: string[]. */
  aliases: string;
  unit_family: string;
  base_unit: string | null;
  polarity: string;
  is_builtin: number;
}

export interface ObservationsTable {
  id: string;
  indicator_code: string;
  jurisdiction_code: string;
  year: number;
  period: string | null;
  measure: string;
  value: number;
  base_unit: string | null;
  comparator: string;
  source_type: string;
  /** JSON text: ObservationSource. */
  source: string;
  item_id: string | null;
  created_at: string;
}

export interface HistoryTable {
  id: Generated<number>;
  entity: string;
  entity_id: string;
  action: string;
  actor: string;
  at: string;
  /** JSON text, or SQL null when there was nothing before (a creation). */
  before: string | null;
  after: string | null;
}

/** A computed status of one item as of one date (a cache; see migration 0008). */
export interface TargetStatusesTable {
  item_id: string;
  jurisdiction_code: string;
  as_of: string;
  status: string;
  method: string;
  /** JSON text: the full core TargetStatus. */
  payload: string;
  document_id: string;
  idx: number;
}

/** The cross-document findings of one jurisdiction's scorecard as of one date (a cache). */
export interface ScorecardFindingsTable {
  jurisdiction_code: string;
  as_of: string;
  /** JSON text. */
  payload: string;
}

/** The store-wide write counter: one row, id 1 (0016). */
export interface DataVersionTable {
  id: number;
  version: number;
}

/** A jurisdiction's plan for a period (migration 0017). */
export interface PlansTable {
  id: string;
  name: string;
  jurisdiction_code: string;
  start_year: number;
  end_year: number;
  created_at: string;
}

/** Which plan a document belongs to, and as what. */
export interface PlanDocumentsTable {
  document_id: string;
  /** Null: a person took the document out of every plan (inference leaves it out). */
  plan_id: string | null;
  /** core PlanDocumentRole. */
  role: string;
  /** 'inferred' or 'person'. */
  set_by: string;
}

/** Every table the store owns. */
export interface Database {
  jurisdictions: JurisdictionsTable;
  documents: DocumentsTable;
  outline_nodes: OutlineNodesTable;
  frameworks: FrameworksTable;
  framework_parts: FrameworkPartsTable;
  items: ItemsTable;
  indicators: IndicatorsTable;
  observations: ObservationsTable;
  history: HistoryTable;
  target_statuses: TargetStatusesTable;
  scorecard_findings: ScorecardFindingsTable;
  data_version: DataVersionTable;
  plans: PlansTable;
  plan_documents: PlanDocumentsTable;
}
