import { LantuError, type Indicator } from '@lantu/core';
import { chunk } from '../batch.js';
import type { StoredIndicator } from '../records.js';
import { indicatorRow, toStoredIndicator } from '../rows/indicator-row.js';
import type { StoreContext } from '../store-context.js';
import { assertNoProblems } from '../validation/checks.js';
import { indicatorProblems } from '../validation/indicator-problems.js';

/** The indicator catalog. */
export interface IndicatorRepository {
  /**
   * Adds or replaces indicators by code, all or none. `builtin` marks the catalog that
   * ships with Lantu, as opposed to indicators users add.
   */
  upsert(indicators: readonly Indicator[], options?: { readonly builtin?: boolean }): Promise<void>;
  /** All indicators, by code. */
  list(): Promise<StoredIndicator[]>;
  /** NOT_FOUND for an unknown code. */
  get(code: string): Promise<StoredIndicator>;
}

/** The indicator repository over a store connection. */
export function createIndicatorRepository(ctx: StoreContext): IndicatorRepository {
  return {
    async upsert(indicators, options = {}) {
      const codes = indicators.map((indicator) => indicator.code);
      const repeated = codes.filter((code, index) => codes.indexOf(code) !== index);
      assertNoProblems('indicators', [
        ...indicators.flatMap((indicator, index) => indicatorProblems(indicator, `[${index}]`)),
        ...repeated.map((code) => `${code} appears twice`),
      ]);
      const rows = indicators.map((indicator) => indicatorRow(indicator, options.builtin ?? false));
      await ctx.db.transaction().execute(async (trx) => {
        for (const batch of chunk(rows)) {
          await trx
            .insertInto('indicators')
            .values(batch)
            .onConflict((oc) =>
              oc.column('code').doUpdateSet((eb) => ({
                name_zh: eb.ref('excluded.name_zh'),
                name_en: eb.ref('excluded.name_en'),
                aliases: eb.ref('excluded.aliases'),
                unit_family: eb.ref('excluded.unit_family'),
                base_unit: eb.ref('excluded.base_unit'),
                polarity: eb.ref('excluded.polarity'),
                is_builtin: eb.ref('excluded.is_builtin'),
              })),
            )
            .execute();
        }
      });
    },
    async list() {
      const rows = await ctx.db.selectFrom('indicators').selectAll().orderBy('code').execute();
      return rows.map(toStoredIndicator);
    },
    async get(code) {
      const row = await ctx.db
        .selectFrom('indicators')
        .selectAll()
        .where('code', '=', code)
        .executeTakeFirst();
      if (row === undefined) throw new LantuError('NOT_FOUND', `no indicator ${code}`);
      return toStoredIndicator(row);
    },
  };
}
