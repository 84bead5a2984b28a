import { asLantuError } from './db-errors.js';
import type { DialectName } from './dialect-name.js';
import { migrateToLatest } from './migrations/index.js';
import { openDatabase } from './open-database.js';
import {
  createDataVersionRepository,
  type DataVersionRepository,
} from './repositories/data-version.js';
import {
  createAssignmentRepository,
  type AssignmentRepository,
} from './repositories/assignments.js';
import {
  createAttachmentRepository,
  type AttachmentRepository,
} from './repositories/attachments.js';
import { createDocumentRepository, type DocumentRepository } from './repositories/documents.js';
import { createHistoryRepository, type HistoryRepository } from './repositories/history.js';
import { createIndicatorRepository, type IndicatorRepository } from './repositories/indicators.js';
import { createItemRepository, type ItemRepository } from './repositories/items.js';
import {
  createJurisdictionRepository,
  type JurisdictionRepository,
} from './repositories/jurisdictions.js';
import { createLinkRepository, type LinkRepository } from './repositories/links.js';
import {
  createObservationRepository,
  type ObservationRepository,
} from './repositories/observations.js';
import { createPlanRepository, type PlanRepository } from './repositories/plans.js';
import { createNoticeRepository, type NoticeRepository } from './repositories/notices.js';
import {
  createNotificationRepository,
  type NotificationRepository,
} from './repositories/notifications.js';
import { createReportRepository, type ReportRepository } from './repositories/reports.js';
import { createStatusRepository, type StatusRepository } from './repositories/statuses.js';
import { createUnitRepository, type UnitRepository } from './repositories/units.js';
import type { StoreContext } from './store-context.js';
import { registerStoreDatabase } from './store-database.js';

export interface StoreOptions {
  /**
   * `sqlite:<path>`, a plain file path, `:memory:`, or `postgres://…` / `postgresql://…`.
   * See defaultStoreUrl() for the embedded default.
   */
  readonly url: string;
  /** Bring the schema up to date on open. @default true */
  readonly migrate?: boolean;
  /**
   * Open an existing SQLite file for reading only (no migration; every write fails), to
   * measure or inspect a store that must not change. @default false
   */
  readonly readOnly?: boolean;
  /** The clock for created_at/updated_at/history; tests pin it. @default () => new Date() */
  readonly now?: () => Date;
}

/** Everything Lantu keeps, one repository per concept. */
export interface Store {
  readonly dialect: DialectName;
  readonly jurisdictions: JurisdictionRepository;
  readonly documents: DocumentRepository;
  readonly items: ItemRepository;
  readonly links: LinkRepository;
  readonly indicators: IndicatorRepository;
  readonly observations: ObservationRepository;
  readonly history: HistoryRepository;
  /** Computed statuses stored per day (a cache the app fills and every write drops). */
  readonly statuses: StatusRepository;
  /** The store-wide write counter that caches are keyed by. */
  readonly dataVersion: DataVersionRepository;
  /** Plans (e.g. 义乌市“十四五”规划) and the documents they are made of. */
  readonly plans: PlanRepository;
  /** Responsibility: subjects given to lead and supporting units. */
  readonly assignments: AssignmentRepository;
  /** Reports (填报) and their review. */
  readonly reports: ReportRepository;
  /** Reports' evidence files (metadata). */
  readonly attachments: AttachmentRepository;
  /** 督办单. */
  readonly notices: NoticeRepository;
  /** The in-app inbox, digests and the scheduler's record of actions taken. */
  readonly notifications: NotificationRepository;
  /** The offices of each jurisdiction's government, as a tree. */
  readonly units: UnitRepository;
  /** Runs pending migrations; returns the names it ran. */
  migrate(): Promise<readonly string[]>;
  /** Closes the connection (pool). The store is unusable afterwards. */
  close(): Promise<void>;
}

/**
 * Opens a store. SQLite files are created (with their folder) if missing and opened with
 * WAL, foreign keys and a busy timeout; PostgreSQL is reached through a connection pool.
 *
 * @example
 * const store = await createStore({ url: defaultStoreUrl() });
 * await store.jurisdictions.seedDefaults();
 */
export async function createStore(options: StoreOptions): Promise<Store> {
  const readOnly = options.readOnly ?? false;
  const { db, dialect } = openDatabase(options.url, readOnly);
  const clock = options.now ?? (() => new Date());
  const ctx: StoreContext = { db, dialect, now: () => clock().toISOString() };
  const migrate = () => migrateToLatest(db, dialect);
  if (!readOnly && (options.migrate ?? true)) {
    try {
      await migrate();
    } catch (error) {
      await db.destroy();
      throw asLantuError(error, 'opening the store');
    }
  }
  const store: Store = {
    dialect,
    jurisdictions: createJurisdictionRepository(ctx),
    documents: createDocumentRepository(ctx),
    items: createItemRepository(ctx),
    links: createLinkRepository(ctx),
    indicators: createIndicatorRepository(ctx),
    observations: createObservationRepository(ctx),
    history: createHistoryRepository(ctx),
    statuses: createStatusRepository(ctx),
    dataVersion: createDataVersionRepository(ctx),
    plans: createPlanRepository(ctx),
    assignments: createAssignmentRepository(ctx),
    reports: createReportRepository(ctx),
    attachments: createAttachmentRepository(ctx),
    notices: createNoticeRepository(ctx),
    notifications: createNotificationRepository(ctx),
    units: createUnitRepository(ctx),
    migrate,
    close: () => db.destroy(),
  };
  registerStoreDatabase(store, db);
  return store;
}
