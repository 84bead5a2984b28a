/**
 * Same rule as core's `frameworkCountMismatch` (the web app imports no code from core):
 * a part that lists names, but not as many as its count says, is worth a flag.
 */
import type { FrameworkPart } from '../api/types.js';

export function partCountMismatch(part: FrameworkPart): boolean {
  return part.items.length > 0 && part.items.length !== part.count;
}

export function frameworkMismatch(parts: readonly FrameworkPart[]): boolean {
  return parts.some(partCountMismatch);
}
