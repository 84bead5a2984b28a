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
  /** The signed-in user's id (migration 0010); null for entries written by tools or before. */
  actor_id: string | null;
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

/** A subject given to a lead unit and supporting units (see migration 0011). */
export interface AssignmentsTable {
  id: string;
  subject_type: string;
  subject_id: string;
  document_id: string;
  title: string;
  lead_unit_id: string;
  /** JSON text: string[]. */
  supporting_unit_ids: string;
  start_date: string;
  due_date: string;
  frequency: string;
  state: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

/** One unit's report (填报) for one period of an assignment. */
export interface ReportsTable {
  id: string;
  assignment_id: string;
  item_id: string | null;
  unit_id: string;
  period: string;
  value: number | null;
  unit: string | null;
  base_value: number | null;
  base_unit: string | null;
  completion: number | null;
  progress: string;
  problems: string;
  next_steps: string;
  state: string;
  return_reason: string | null;
  author: string;
  submitted_at: string | null;
  reviewer: string | null;
  reviewed_at: string | null;
  observation_id: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

/** A report's evidence file (metadata; the bytes are behind the app's storage port). */
export interface AttachmentsTable {
  id: string;
  report_id: string;
  file_name: string;
  media_type: string;
  size: number;
  sha256: string;
  storage_key: string;
  uploaded_by: string;
  created_at: string;
}

/** A 督办单. */
export interface NoticesTable {
  id: string;
  unit_id: string;
  title: string;
  body: string;
  assignment_id: string | null;
  deadline: string;
  state: string;
  issued_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

/** One step of a 督办单 with its words. */
export interface NoticeStepsTable {
  id: Generated<number>;
  notice_id: string;
  state: string;
  body: string;
  actor: string;
  at: string;
}

/** An in-app notification to a user, a unit or a role. */
export interface NotificationsTable {
  id: Generated<number>;
  recipient_type: string;
  recipient_id: string;
  kind: string;
  subject_type: string | null;
  subject_id: string | null;
  title_zh: string;
  title_en: string;
  created_at: string;
}

export interface NotificationReadsTable {
  notification_id: number;
  user_id: string;
  read_at: string;
}

/** Per user, the last notification an e-mail digest covered. */
export interface DigestsTable {
  user_id: string;
  last_notification_id: number;
  sent_at: string;
}

/** Keys of the reminders, urges and escalations already taken. */
export interface SupervisionActionsTable {
  key: string;
  taken_at: string;
}

/** A unit (部门) of a jurisdiction's government; units form a tree per jurisdiction. */
export interface UnitsTable {
  id: string;
  jurisdiction_code: string;
  parent_id: string | null;
  name: string;
  /** What kind of office (see core UNIT_KINDS), e.g. `government`, `bureau`, `office`. */
  kind: string;
  sort: number;
  created_at: string;
  updated_at: string;
}

/**
 * A person who signs in. Written by better-auth (the app's accounts module) through the
 * same connection. Times are Dates on PostgreSQL and ISO text on SQLite; flags are
 * booleans on PostgreSQL and 0/1 on SQLite (migration 0010).
 */
export interface UsersTable {
  id: string;
  name: string;
  email: string;
  email_verified: number | boolean;
  image: string | null;
  role: string;
  unit_id: string | null;
  disabled: number | boolean;
  must_change_password: number | boolean;
  created_at: string | Date;
  updated_at: string | Date;
}

/** A signed-in session (better-auth). */
export interface SessionsTable {
  id: string;
  expires_at: string | Date;
  token: string;
  created_at: string | Date;
  updated_at: string | Date;
  ip_address: string | null;
  user_agent: string | null;
  user_id: string;
}

/** A way to sign in: the password hash (`provider_id` `credential`) or a single sign-on link. */
export interface AccountsTable {
  id: string;
  account_id: string;
  provider_id: string;
  user_id: string;
  access_token: string | null;
  refresh_token: string | null;
  id_token: string | null;
  access_token_expires_at: string | Date | null;
  refresh_token_expires_at: string | Date | null;
  scope: string | null;
  password: string | null;
  created_at: string | Date;
  updated_at: string | Date;
}

/** One-time tokens (better-auth). */
export interface VerificationsTable {
  id: string;
  identifier: string;
  value: string;
  expires_at: string | Date;
  created_at: string | Date;
  updated_at: string | Date;
}

/** Sign-in attempt counters (better-auth's rate limiter), shared by every server instance. */
export interface RateLimitsTable {
  id: string;
  key: string;
  count: number;
  last_request: number | string;
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
  assignments: AssignmentsTable;
  reports: ReportsTable;
  attachments: AttachmentsTable;
  notices: NoticesTable;
  notice_steps: NoticeStepsTable;
  notifications: NotificationsTable;
  notification_reads: NotificationReadsTable;
  digests: DigestsTable;
  supervision_actions: SupervisionActionsTable;
  units: UnitsTable;
  users: UsersTable;
  sessions: SessionsTable;
  accounts: AccountsTable;
  verifications: VerificationsTable;
  rate_limits: RateLimitsTable;
}
