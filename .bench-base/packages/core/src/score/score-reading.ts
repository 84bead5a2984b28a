import type { Reading } from '../model/document.js';
import type { GoldFile } from './gold-file.js';
import { scoreFrameworks, type FrameworkScore } from './score-frameworks.js';
import { scoreItems, type ItemScore } from './score-items.js';
import { scoreOutline, type OutlineScore } from './score-outline.js';

/** The parts of a reading the scorer looks at. */
export type ScoredReading = Pick<Reading, 'outline' | 'items' | 'frameworks'>;

/** How one reading compares with its gold file. */
export interface DocumentScore {
  readonly file: string;
  readonly items: ItemScore;
  readonly outline: OutlineScore;
  readonly frameworks: FrameworkScore;
}

/** Scores one reading against the gold reading of the same document. */
export function scoreReading(reading: ScoredReading, gold: GoldFile): DocumentScore {
  return {
    file: gold.file,
    items: scoreItems(gold.items, reading.items),
    outline: scoreOutline(gold.outline, reading.outline),
    frameworks: scoreFrameworks(gold.frameworks, reading.frameworks),
  };
}
