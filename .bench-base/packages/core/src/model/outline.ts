/** One heading of a document's numbered skeleton (spec section 2). */
export interface OutlineEntry {
  /** 0 for a document title, 1 for 一、, 2 for 25. / （一）, deeper for sub-items. */
  readonly level: number;
  /** The numbering as written (`八、`, `25.`, `（一）`, `——`), or '' for unnumbered headings. */
  readonly label: string;
  readonly title: string;
  /** Offsets of the title in the original text. */
  readonly start: number;
  readonly end: number;
}
