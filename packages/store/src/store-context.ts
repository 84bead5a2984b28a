import type { Kysely } from 'kysely';
import type { DialectName } from './dialect-name.js';
import type { Database } from './schema.js';

/** What every repository is built from: the connection, its dialect and the clock. */
export interface StoreContext {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  /** The current time as an ISO-8601 string; injectable so tests can pin it. */
  readonly now: () => string;
}
