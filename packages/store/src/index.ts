/**
 * @module
 * The Lantu store: one Kysely codebase over SQLite (embedded default) and PostgreSQL.
 * Imports @lantu/core only, plus kysely, better-sqlite3 and pg.
 */
export { createStore, type Store, type StoreOptions } from './create-store.js';
export {
  DEFAULT_DATA_DIR,
  defaultStoreUrl,
  parseStoreUrl,
  type StoreLocation,
} from './connection-url.js';
export { DEFAULT_JURISDICTIONS } from './default-jurisdictions.js';
export type { DialectName } from './dialect-name.js';
export type { JsonValue } from './json-column.js';
export { MIGRATION_NAMES } from './migrations/index.js';
export type * from './records.js';
export type { DataVersionRepository } from './repositories/data-version.js';
export type {
  AssignmentFilter,
  AssignmentPatch,
  AssignmentRepository,
  NewAssignment,
} from './repositories/assignments.js';
export type { AttachmentRepository, NewAttachment } from './repositories/attachments.js';
export type { NewNotice, NoticeFilter, NoticeRepository } from './repositories/notices.js';
export type { NotificationRepository } from './repositories/notifications.js';
export type {
  NewReport,
  ReportContent,
  ReportFilter,
  ReportRepository,
} from './repositories/reports.js';
export type { DocumentRepository } from './repositories/documents.js';
export type { ReplacementResult } from './repositories/document-removal.js';
export {
  PATCHABLE_DOCUMENT_FIELDS,
  type DocumentMetaPatch,
} from './repositories/document-meta-change.js';
export type { WriteOptions } from './repositories/expected-version.js';
export type { HistoryRepository } from './repositories/history.js';
export type { NewHistoryEntry } from './rows/history-row.js';
export type { IndicatorRepository } from './repositories/indicators.js';
export type { IngestReadingInput, IngestReadingResult } from './repositories/ingest-reading.js';
export type { ItemFilter } from './repositories/item-filter.js';
export type { ItemRepository } from './repositories/items.js';
export type { JurisdictionRepository } from './repositories/jurisdictions.js';
export type { LinkInput, LinkRepository, LinkResult } from './repositories/links.js';
export type { ObservationRepository, SeriesQuery } from './repositories/observations.js';
export {
  planId,
  type NewPlan,
  type PlanDocument,
  type PlanRepository,
  type StoredPlan,
} from './repositories/plans.js';
export type {
  StatusInput,
  StatusPage,
  StatusPageQuery,
  StatusRepository,
} from './repositories/statuses.js';
export type {
  StatusExportReads,
  StatusExportRow,
  StatusExportScope,
  StatusGroup,
  StatusGroupKey,
  StatusKeyValue,
  StatusRowsQuery,
  UnstoredCount,
} from './repositories/status-export.js';
export { contains } from './contains.js';
export type { NewUnit, UnitChange, UnitRepository } from './repositories/units.js';
export { unitTrees } from './repositories/units.js';
export { PATCHABLE_ITEM_FIELDS, type ItemPatch } from './validation/item-patch.js';
export { storeDatabase } from './store-database.js';
export type * from './schema.js';
export { toStoredItem } from './rows/item-row.js';
export {
  ITEM_PLACE_COLUMNS,
  toItemPlace,
  type ItemPlace,
  type ItemPlaceRow,
} from './rows/item-place.js';
export { toStoredObservation } from './rows/observation-row.js';
export { backupStore, restoreStore, type BackupResult } from './backup.js';
