import { SEED_INDICATORS } from '@lantu/core';
import type { Store } from '@lantu/store';

/**
 * Puts the data every store needs in place: the default jurisdictions, the GB/T 2260
 * catalog of China's divisions, and the built-in
 * indicator catalog. Idempotent. A built-in code that a user has replaced with their own
 * definition (stored as not built-in) is left alone, so reopening never undoes an edit.
 */
export async function seedStore(store: Store): Promise<void> {
  await store.jurisdictions.seedDefaults();
  await store.jurisdictions.seedCatalog();
  const userOwned = new Set(
    (await store.indicators.list()).filter((i) => !i.is_builtin).map((i) => i.code),
  );
  const builtins = SEED_INDICATORS.filter((indicator) => !userOwned.has(indicator.code));
  await store.indicators.upsert(builtins, { builtin: true });
}
