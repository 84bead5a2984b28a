import { LantuError, type Jurisdiction } from '@lantu/core';
import type { Kysely } from 'kysely';
import { chunk } from '../batch.js';
import { DEFAULT_JURISDICTIONS } from '../default-jurisdictions.js';
import { catalogJurisdictions, DIVISION_COUNT } from '../divisions/division-catalog.js';
import { jurisdictionRow, toJurisdiction } from '../rows/jurisdiction-row.js';
import type { Database } from '../schema.js';
import type { StoreContext } from '../store-context.js';
import { assertNoProblems } from '../validation/checks.js';
import { orderJurisdictionBatch } from '../validation/jurisdiction-hierarchy.js';
import { jurisdictionProblems } from '../validation/jurisdiction-problems.js';
import { ancestorsOf, descendantsOf } from './jurisdiction-tree.js';

/** Places and their hierarchy. */
export interface JurisdictionRepository {
  /** Adds or updates jurisdictions in one transaction; the result must still be a tree. */
  upsert(jurisdictions: readonly Jurisdiction[]): Promise<void>;
  /** Upserts DEFAULT_JURISDICTIONS (全国 ⊃ 浙江省 ⊃ 金华市 ⊃ 义乌市). */
  seedDefaults(): Promise<void>;
  /**
   * Adds the bundled GB/T 2260 catalog (every province, prefecture- and county-level unit)
   * where missing; places already stored with a GB code keep their slug and their edits.
   * Cheap once done (one count). Call after seedDefaults.
   */
  seedCatalog(): Promise<number>;
  /**
   * Every jurisdiction, by code. Kept in memory between calls and read again when this
   * process wrote jurisdictions or the stored count changed (another process added some):
   * ingest asks for the list once per document, and a province's catalog is 3,000 rows.
   * A rename made by another process is seen after this one restarts or writes.
   */
  list(): Promise<readonly Jurisdiction[]>;
  /** Throws NOT_FOUND for an unknown code. */
  get(code: string): Promise<Jurisdiction>;
  /** By code, or else by Chinese name as documents write it (义乌市); NOT_FOUND if neither. */
  resolve(codeOrName: string): Promise<Jurisdiction>;
  /** Itself, then each parent up to the root. */
  ancestors(code: string): Promise<Jurisdiction[]>;
  /** Itself, then everything below it, level by level. */
  descendants(code: string): Promise<Jurisdiction[]>;
}

/** Finds a jurisdiction by code, else by its unique Chinese name. */
export async function resolveJurisdiction(
  db: Kysely<Database>,
  codeOrName: string,
): Promise<Jurisdiction> {
  const rows = await db
    .selectFrom('jurisdictions')
    .selectAll()
    .where((eb) => eb.or([eb('code', '=', codeOrName), eb('name_zh', '=', codeOrName)]))
    .execute();
  const row = rows.find((r) => r.code === codeOrName) ?? (rows.length === 1 ? rows[0] : undefined);
  if (row !== undefined) return toJurisdiction(row);
  const why =
    rows.length > 1 ? 'names several jurisdictions; use a code' : 'is not a known jurisdiction';
  throw new LantuError('NOT_FOUND', `'${codeOrName}' ${why}`);
}

/** The jurisdiction repository over a store connection. */
export function createJurisdictionRepository(ctx: StoreContext): JurisdictionRepository {
  let cached: { readonly count: number; readonly list: readonly Jurisdiction[] } | undefined;
  const repository: JurisdictionRepository = {
    async upsert(jurisdictions) {
      cached = undefined;
      assertNoProblems(
        'jurisdictions',
        jurisdictions.flatMap((j, index) => jurisdictionProblems(j, `[${index}]`)),
      );
      await ctx.db.transaction().execute(async (trx) => {
        const stored = (await trx.selectFrom('jurisdictions').selectAll().execute()).map(
          toJurisdiction,
        );
        const { ordered, problems } = orderJurisdictionBatch(stored, jurisdictions);
        assertNoProblems('jurisdictions', problems);
        for (const j of ordered) {
          const { code, ...rest } = jurisdictionRow(j);
          await trx
            .insertInto('jurisdictions')
            .values({ code, ...rest })
            .onConflict((oc) => oc.column('code').doUpdateSet(rest))
            .execute();
        }
      });
      cached = undefined; // a list read while this wrote is not the list now
    },
    seedDefaults: () => repository.upsert(DEFAULT_JURISDICTIONS),
    async seedCatalog() {
      const stored = await ctx.db
        .selectFrom('jurisdictions')
        .select(['code', 'gb_code'])
        .where('gb_code', 'is not', null)
        .execute();
      if (stored.length >= DIVISION_COUNT) return 0;
      cached = undefined;
      const slugByGb = new Map(
        stored.flatMap((r) => (r.gb_code === null ? [] : [[r.gb_code, r.code]])),
      );
      // Parents come before children in the catalog, so each insert's parent exists.
      const missing = catalogJurisdictions(slugByGb).filter(
        (j) => j.gb_code == null || !slugByGb.has(j.gb_code),
      );
      await ctx.db.transaction().execute(async (trx) => {
        for (const slice of chunk(missing, 500)) {
          await trx
            .insertInto('jurisdictions')
            .values(slice.map(jurisdictionRow))
            .onConflict((oc) => oc.doNothing())
            .execute();
        }
      });
      cached = undefined; // a list read while the catalog went in is not the list now
      return missing.length;
    },
    async list() {
      const { count } = await ctx.db
        .selectFrom('jurisdictions')
        .select((eb) => eb.fn.countAll().as('count'))
        .executeTakeFirstOrThrow();
      if (cached !== undefined && cached.count === Number(count)) return cached.list;
      const rows = await ctx.db.selectFrom('jurisdictions').selectAll().orderBy('code').execute();
      const list = Object.freeze(rows.map(toJurisdiction));
      cached = { count: list.length, list };
      return list;
    },
    async get(code) {
      const row = await ctx.db
        .selectFrom('jurisdictions')
        .selectAll()
        .where('code', '=', code)
        .executeTakeFirst();
      if (row === undefined) throw new LantuError('NOT_FOUND', `no jurisdiction ${code}`);
      return toJurisdiction(row);
    },
    resolve: (codeOrName) => resolveJurisdiction(ctx.db, codeOrName),
    async ancestors(code) {
      await repository.get(code);
      return ancestorsOf(ctx.db, code);
    },
    async descendants(code) {
      await repository.get(code);
      return descendantsOf(ctx.db, code);
    },
  };
  return repository;
}
