/**
 * @module
 * @lantu/app: Lantu's use cases (ingest, link, import observations, scorecard, series,
 * search, exports) over @lantu/core, @lantu/readers and @lantu/store. The CLI and the
 * server call this and nothing below it.
 */
export { openLantu } from './open-lantu.js';
export type * from './types.js';
export { VersionConflictError, isVersionConflict } from './items/version-conflict.js';
/** Online backup and restore of a store (SQLite backup API; pg_dump / pg_restore). */
export { backupStore, restoreStore, defaultStoreUrl, type BackupResult } from '@lantu/store';
