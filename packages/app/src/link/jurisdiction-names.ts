import type { Jurisdiction } from '@lantu/core';

/**
 * Names of a jurisdiction and every parent above it (义乌市, 金华市, 浙江省, 全国): the
 * prefixes the linker strips from metrics. Walks the list rather than the store so a
 * batch of items costs no queries; stops on a cycle rather than looping.
 */
export function jurisdictionNamesOf(
  code: string | null,
  jurisdictions: readonly Jurisdiction[],
): string[] {
  const byCode = new Map(jurisdictions.map((j) => [j.code, j]));
  const names: string[] = [];
  const seen = new Set<string>();
  let current = code === null ? undefined : byCode.get(code);
  while (current !== undefined && !seen.has(current.code)) {
    seen.add(current.code);
    names.push(current.name_zh);
    current = current.parent_code === null ? undefined : byCode.get(current.parent_code);
  }
  return names;
}
