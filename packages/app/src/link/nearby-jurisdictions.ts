import type { Jurisdiction } from '@lantu/core';

const cache = new WeakMap<readonly Jurisdiction[], Map<string, readonly Jurisdiction[]>>();

/**
 * The places a document's metrics may name, for the linker: everything a person or a
 * manifest added, plus — from the bundled GB/T 2260 catalog — only the document's own
 * line (its ancestors), its neighbours (same parent) and the places under it. Thousands of
 * catalog names far away (新城区, 和平区) would otherwise turn ordinary words at the start of
 * a metric (新城建设) into another place's figure.
 */
export function nearbyJurisdictions(
  home: string | null,
  all: readonly Jurisdiction[],
): readonly Jurisdiction[] {
  let byHome = cache.get(all);
  if (byHome === undefined) {
    byHome = new Map();
    cache.set(all, byHome);
  }
  const key = home ?? '';
  const hit = byHome.get(key);
  if (hit !== undefined) return hit;
  const byCode = new Map(all.map((j) => [j.code, j]));
  const line = new Set<string>();
  let current = home === null ? undefined : byCode.get(home);
  while (current !== undefined && !line.has(current.code)) {
    line.add(current.code);
    current = current.parent_code === null ? undefined : byCode.get(current.parent_code);
  }
  const parent = home === null ? null : (byCode.get(home)?.parent_code ?? null);
  const nearby = all.filter(
    (j) =>
      j.gb_code == null ||
      line.has(j.code) ||
      (home !== null && j.parent_code === home) ||
      (parent !== null && j.parent_code === parent) ||
      j.level === 'province',
  );
  byHome.set(key, nearby);
  return nearby;
}
