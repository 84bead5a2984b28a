/**
 * Evaluation: compares a Reading with a hand-made gold reading and reports
 * precision, recall and F1 for items, outline and frameworks. Pure code.
 */
export { parseGoldFile } from './gold-file.js';
export type { GoldFile, GoldFramework, GoldItem, GoldOutlineEntry } from './gold-file.js';
export { scoreReading } from './score-reading.js';
export type { DocumentScore, ScoredReading } from './score-reading.js';
export { scoreCorpus, summarise } from './score-corpus.js';
export type { CorpusSummary, ScoreReport } from './score-corpus.js';
export { scoreItems, ITEM_START_SLACK } from './score-items.js';
export type {
  FieldDisagreement,
  IndexedItem,
  ItemMiss,
  ItemPair,
  ItemScore,
  ItemSummary,
} from './score-items.js';
export { ITEM_FIELDS, disagreeingFields, sameValue } from './item-fields.js';
export type { ComparableItem, ItemField } from './item-fields.js';
export { scoreOutline, OUTLINE_START_SLACK } from './score-outline.js';
export type { IndexedEntry, OutlinePair, OutlineScore, OutlineSummary } from './score-outline.js';
export { scoreFrameworks } from './score-frameworks.js';
export type {
  FrameworkPair,
  FrameworkScore,
  FrameworkSummary,
  IndexedFramework,
} from './score-frameworks.js';
export { fuzzyEqual, normalisePhrase, bigramDice } from './fuzzy-text.js';
export { prf, sumPrf, type Prf } from './prf.js';
export { formatScoreReport, type FormatOptions } from './format-report.js';
export { metricMatches, MIN_CONTAINED_CHARS } from './metric-match.js';
export {
  scoreBreakdown,
  sumBreakdowns,
  strictAgrees,
  BREAKDOWN_MEASURES,
  type Breakdown,
} from './score-breakdown.js';
export {
  parseTargetSentences,
  readsAsExpectedTarget,
  scoreTargetSentences,
  type ExpectedTarget,
  type SentenceRate,
  type TargetSentence,
} from './target-sentences.js';
export { formatBreakdownTable, groupBreakdowns, type BreakdownRow } from './format-breakdown.js';
