/**
 * @module
 * @lantu/app: Lantu's use cases (ingest, link, import observations, scorecard, series,
 * search, exports) over @lantu/core, @lantu/readers and @lantu/store. The CLI and the
 * server call this and nothing below it.
 */
export { openLantu } from './open-lantu.js';
export { DEFAULT_EXPORT_MAX_ROWS } from './export/export-use-case.js';
export { LIVE_EXPORT_MAX_ROWS } from './export/export-source.js';
export { byteStream } from './export/byte-stream.js';
export type * from './types.js';
export type { DocumentPreview } from './documents/preview-document.js';
export type { DocumentReplacement } from './documents/replace-document.js';
export type * from './views/promise-history.js';
export { VersionConflictError, isVersionConflict } from './items/version-conflict.js';
/** Online backup and restore of a store (SQLite backup API; pg_dump / pg_restore). */
export { backupStore, restoreStore, defaultStoreUrl, type BackupResult } from '@lantu/store';
export {
  createAccounts,
  type Accounts,
  type NewUser,
  type UserChange,
  type SessionResult,
  type UserAdministration,
} from './accounts/create-accounts.js';
export {
  type AccountsOptions,
  CLIENT_IP_HEADER,
  DEFAULT_SIGN_IN_LIMIT,
  MIN_PASSWORD_LENGTH,
  AUTH_BASE_PATH,
} from './accounts/auth-options.js';
export { actorOf, type UserAccount } from './accounts/user-row.js';
export {
  createFirstAdmin,
  DEMO_ACCOUNTS,
  ensureDemoAccounts,
  type DemoAccount,
} from './accounts/first-accounts.js';
export type { StoredUnit, UnitNode, ChangeAuthor } from '@lantu/store';
export { openSupervision } from './supervision/open-supervision.js';
export type * from './supervision/types.js';
export { smtpMailer, type SmtpOptions } from './supervision/mailer.js';
export {
  scheduleInProcess,
  scheduleWithPgBoss,
  type ScheduleOptions,
  type SupervisionSchedule,
} from './supervision/scheduler.js';
export { DEFAULT_MAX_ATTACHMENT_BYTES } from './supervision/attachment-type.js';
// The worker pool untrusted files are read in, for the composition roots (server, CLI).
export { createReadPool, DEFAULT_READ_POOL } from '@lantu/readers';
export type { ReadPool, ReadPoolOptions } from '@lantu/readers';
export { openFigures } from './figures/open-figures.js';
export type {
  EnteredFigure,
  FigureCorrection,
  FigureInput,
  Figures,
} from './figures/create-figures.js';
