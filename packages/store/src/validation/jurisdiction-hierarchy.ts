import type { Jurisdiction } from '@lantu/core';

/**
 * Checks that `batch`, laid over the jurisdictions already stored, still forms a tree
 * (every parent exists, no cycles), and returns the batch ordered parents-first so that
 * each row's foreign key to its parent holds when it is written.
 */
export function orderJurisdictionBatch(
  stored: readonly Jurisdiction[],
  batch: readonly Jurisdiction[],
): { ordered: Jurisdiction[]; problems: string[] } {
  const parentOf = new Map(stored.map((j) => [j.code, j.parent_code]));
  for (const j of batch) parentOf.set(j.code, j.parent_code);
  const problems: string[] = [];
  const depth = new Map<string, number>();
  for (const j of batch) {
    const found = depthOf(j.code, parentOf);
    if (typeof found === 'string') problems.push(`${j.code}: ${found}`);
    else depth.set(j.code, found);
  }
  const seen = new Set<string>();
  for (const j of batch) {
    if (seen.has(j.code)) problems.push(`${j.code}: appears twice in one batch`);
    seen.add(j.code);
  }
  const ordered = [...batch].sort((a, b) => (depth.get(a.code) ?? 0) - (depth.get(b.code) ?? 0));
  return { ordered, problems };
}

/** Steps to the root, or why there is no root to reach. */
function depthOf(code: string, parentOf: ReadonlyMap<string, string | null>): number | string {
  const visited = new Set<string>();
  let current: string | null = code;
  while (current !== null) {
    if (visited.has(current)) return 'its parents form a cycle';
    visited.add(current);
    const parent = parentOf.get(current);
    if (parent === undefined) return `parent ${current} is not a known jurisdiction`;
    current = parent;
  }
  return visited.size - 1;
}
