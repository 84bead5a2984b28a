/**
 * The poster's input (what the server already has: a document, its scorecard rows, its items
 * and frameworks) and its model (what the page shows, every string already chosen and
 * formatted). Input types are structural subsets of core's and app's types, so a
 * `ScorecardRow` or a `StoredItem` can be passed as they are.
 */
import type { DocumentKind, FrameworkPart, Item, StatusCode, TargetStatus } from '@lantu/core';

/** The item fields a poster reads; a core `Item` or a store `StoredItem` fits. */
export type PosterItem = Pick<
  Item,
  | 'kind'
  | 'metric'
  | 'measure'
  | 'comparator'
  | 'value'
  | 'value_max'
  | 'unit'
  | 'base_value'
  | 'base_unit'
  | 'year'
  | 'period'
  | 'recurring'
  | 'scope'
  | 'start'
>;

/** The document a poster is about. */
export interface PosterDocument {
  readonly title: string;
  readonly kind: DocumentKind;
  /** ISO date, `2026-01-20`. */
  readonly date: string | null;
  /** Jurisdiction name or code (`义乌市`); a summary's `jurisdiction_code` goes here. */
  readonly jurisdiction: string | null;
  readonly issuer?: string | null;
}

/** One target or milestone with its status: an app `ScorecardRow` fits. */
export interface PosterRow {
  readonly item: PosterItem;
  readonly status: TargetStatus;
  /** The linked indicator, whose English name is used on English posters. */
  readonly indicator?: { readonly name_zh: string; readonly name_en: string } | null;
}

/** A counted structure (一个中心、十大行动): a core `Framework` fits. */
export interface PosterFrameworkInput {
  readonly name: string;
  readonly parts: readonly FrameworkPart[];
  readonly start: number;
}

export interface PosterInput {
  readonly document: PosterDocument;
  /** The document's scorecard rows (targets and milestones with statuses). */
  readonly rows: readonly PosterRow[];
  /** The document's items; only `actual` ones are used (the 成绩单 figures). */
  readonly actuals: readonly PosterItem[];
  readonly frameworks: readonly PosterFrameworkInput[];
  /** The date the statuses were computed for (a scorecard's `as_of`). */
  readonly asOf?: string | null;
  /** Where the document was published (a URL or a newspaper); default issuer + title. */
  readonly source?: string | null;
  /** ISO date printed as the generation date; default today (UTC). */
  readonly generatedOn?: string;
}

/** A text in both poster languages. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** A figure split for typesetting: small prefix, big value, unit, small suffix. */
export interface PosterFigure {
  /** `第`, `超`, `≥ ` … or ''. */
  readonly prefix: string;
  /** `2693.3`, `7.9`, `4.5–5`. */
  readonly value: string;
  /** `亿元`, `%`, `位`, ` billion yuan` … or ''. */
  readonly unit: string;
  /** `以上`, `左右` … or ''. */
  readonly suffix: string;
}

/** One 成绩单 card: a big number, its unit and a short label, with related figures as notes. */
export interface PosterHeadline {
  readonly label: string;
  readonly figure: { readonly zh: PosterFigure; readonly en: PosterFigure };
  /** The same metric's other figures: growth (增长7.9%), rank (全省县（市、区）第2位). */
  readonly notes: readonly Bilingual[];
  readonly year: number | null;
  /** `2021-2025` for period figures, null for a year. */
  readonly period: string | null;
}

/** How a status is shown: the word readers know and its colour. */
export interface PosterStatusStyle {
  readonly status: StatusCode;
  readonly word: Bilingual;
  /** Text and border colour (CSS hex). */
  readonly colour: string;
  /** Chip background (CSS hex). */
  readonly background: string;
}

/** One row of the 目标 or 任务 list. */
export interface PosterTarget {
  readonly kind: 'target' | 'milestone';
  /** `全市生产总值增长`, or the milestone's wording. */
  readonly label: Bilingual;
  /** The goal as a figure; null for milestones and targets without a value. */
  readonly goal: { readonly zh: PosterFigure; readonly en: PosterFigure } | null;
  /** Deadline year. */
  readonly year: number | null;
  readonly style: PosterStatusStyle;
  /** The method's own word when it says more than the chip (超序时, 提前完成); else null. */
  readonly detail: Bilingual | null;
  /** The latest figure the status rests on (`最新 7.9%（2025年）`); null when none. */
  readonly latest: Bilingual | null;
}

export interface PosterStatusTotal {
  readonly style: PosterStatusStyle;
  readonly count: number;
}

export interface PosterFramework {
  readonly name: string;
  /** The sum of its parts' counts (十大行动 → 10). */
  readonly count: number;
  /** The counted nouns (`行动`, `优化 / 提升`), '' where the text gives none. */
  readonly label: string;
  /** Listed names in order, all parts together. */
  readonly items: readonly string[];
}

/** Everything a poster shows, chosen and formatted; `posterHtml` only lays it out. */
export interface PosterModel {
  readonly title: string;
  readonly document: {
    readonly kind: Bilingual;
    readonly date: string | null;
    readonly jurisdiction: string | null;
    readonly issuer: string | null;
  };
  readonly headline: readonly PosterHeadline[];
  readonly targets: readonly PosterTarget[];
  /** Targets left off for space. */
  readonly targetsOmitted: number;
  readonly milestones: readonly PosterTarget[];
  readonly milestonesOmitted: number;
  /** Targets and milestones per status, in `STATUS_CODES` order, zero counts left out. */
  readonly totals: readonly PosterStatusTotal[];
  /** Frameworks that list their items, shown as cards. */
  readonly frameworks: readonly PosterFramework[];
  /** Names of the other frameworks (八八战略, “132”), shown as tags. */
  readonly frameworkNames: readonly string[];
  readonly footer: {
    readonly source: string;
    readonly documentDate: string | null;
    readonly asOf: string | null;
    readonly generatedOn: string;
  };
}

/** Poster language: the page's words and status words; document text stays as written. */
export type PosterLang = 'zh' | 'en';
