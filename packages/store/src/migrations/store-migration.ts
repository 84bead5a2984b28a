import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect-name.js';

/**
 * A schema step. It gets the dialect because the few things SQL does not share (JSON
 * column type, identity columns, triggers) are chosen per dialect inside the step, and
 * `Kysely<unknown>` because a migration must not depend on today's table types.
 */
export interface StoreMigration {
  up(db: Kysely<unknown>, dialect: DialectName): Promise<void>;
}
