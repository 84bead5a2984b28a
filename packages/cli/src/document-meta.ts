import type { DocumentMeta } from '@lantu/core';

/**
 * Layers DocumentMeta values, later layers winning field by field. An
 * undefined field never overrides: an absent flag must not erase the manifest.
 */
export function mergeMeta(...layers: readonly DocumentMeta[]): DocumentMeta {
  const merged: Record<string, unknown> = {};
  // Generic over keys so a field added to DocumentMeta is carried without a change here.
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer)) {
      if (value !== undefined) merged[key] = value;
    }
  }
  return merged;
}
