import { sql, type Kysely } from 'kysely';
import type { Jurisdiction } from '@lantu/core';
import { toJurisdiction } from '../rows/jurisdiction-row.js';
import type { Database } from '../schema.js';

/** Far deeper than any real hierarchy; stops a recursive query if a cycle ever slipped in. */
const MAX_DEPTH = 32;

/** The jurisdiction and every one above it, itself first and the root last. */
export async function ancestorsOf(db: Kysely<Database>, code: string): Promise<Jurisdiction[]> {
  const rows = await db
    .withRecursive('up(code, parent_code, depth)', (qb) =>
      qb
        .selectFrom('jurisdictions')
        .select(['code', 'parent_code', sql<number>`0`.as('depth')])
        .where('code', '=', code)
        .unionAll((qb2) =>
          qb2
            .selectFrom('jurisdictions')
            .innerJoin('up', 'up.parent_code', 'jurisdictions.code')
            .select([
              'jurisdictions.code',
              'jurisdictions.parent_code',
              sql<number>`up.depth + 1`.as('depth'),
            ])
            .where('up.depth', '<', MAX_DEPTH),
        ),
    )
    .selectFrom('up')
    .innerJoin('jurisdictions', 'jurisdictions.code', 'up.code')
    .selectAll('jurisdictions')
    .orderBy('up.depth')
    .execute();
  return rows.map(toJurisdiction);
}

/** The jurisdiction and every one below it, itself first, then level by level. */
export async function descendantsOf(db: Kysely<Database>, code: string): Promise<Jurisdiction[]> {
  const rows = await db
    .withRecursive('down(code, depth)', (qb) =>
      qb
        .selectFrom('jurisdictions')
        .select(['code', sql<number>`0`.as('depth')])
        .where('code', '=', code)
        .unionAll((qb2) =>
          qb2
            .selectFrom('jurisdictions')
            .innerJoin('down', 'down.code', 'jurisdictions.parent_code')
            .select(['jurisdictions.code', sql<number>`down.depth + 1`.as('depth')])
            .where('down.depth', '<', MAX_DEPTH),
        ),
    )
    .selectFrom('down')
    .innerJoin('jurisdictions', 'jurisdictions.code', 'down.code')
    .selectAll('jurisdictions')
    .orderBy('down.depth')
    .orderBy('jurisdictions.code')
    .execute();
  return rows.map(toJurisdiction);
}
