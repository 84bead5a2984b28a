/**
 * The 框架 section: counted structures (十大行动, 八个典范). Those whose items the text lists
 * become cards (count, noun, names); the rest (八八战略, “132”) are only named, as tags,
 * since a bare count says nothing a reader can act on.
 */
import type { PosterFramework, PosterFrameworkInput } from './types.js';

/** Cards in the 框架 section. */
export const FRAMEWORK_LIMIT = 4;
/** Tags naming the other frameworks. */
export const FRAMEWORK_NAME_LIMIT = 12;

function toFramework(input: PosterFrameworkInput): PosterFramework {
  const labels = [
    ...new Set(input.parts.map((part) => part.label).filter((label) => label !== '')),
  ];
  return {
    name: input.name,
    count: input.parts.reduce((sum, part) => sum + part.count, 0),
    label: labels.join(' / '),
    items: input.parts.flatMap((part) => part.items),
  };
}

/**
 * Frameworks in document order, the first of each name kept; cards for those that list
 * items (at most `FRAMEWORK_LIMIT`), names for all others (at most `FRAMEWORK_NAME_LIMIT`).
 */
export function chooseFrameworks(inputs: readonly PosterFrameworkInput[]): {
  frameworks: PosterFramework[];
  frameworkNames: string[];
} {
  const seen = new Set<string>();
  const unique = [...inputs]
    .sort((a, b) => a.start - b.start)
    .filter((input) => {
      const name = input.name.trim();
      if (name === '' || seen.has(name)) return false;
      seen.add(name);
      return true;
    });
  const cards = unique
    .filter((input) => input.parts.some((part) => part.items.length > 0))
    .slice(0, FRAMEWORK_LIMIT);
  // Listed frameworks beyond the card limit are named like the others, in document order.
  const named = unique.filter((input) => !cards.includes(input));
  return {
    frameworks: cards.map(toFramework),
    frameworkNames: named.slice(0, FRAMEWORK_NAME_LIMIT).map((input) => input.name.trim()),
  };
}
