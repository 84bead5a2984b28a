/** Where a reported figure came from. */
export type ObservationSource =
  | {
      readonly type: 'document';
      readonly document_id: string;
      readonly item_id: string;
      readonly text: string;
      readonly start: number;
      readonly end: number;
    }
  | { readonly type: 'table'; readonly file: string; readonly row: number }
  | { readonly type: 'manual'; readonly actor: string; readonly note?: string }
  /** An accepted report (填报): the evidence stays one click from the status. */
  | {
      readonly type: 'report';
      readonly report_id: string;
      readonly assignment_id: string;
      /** The reporting unit. */
      readonly unit_id: string;
      /** Who accepted it. */
      readonly actor: string;
    };

/**
 * One reported value of an indicator for a jurisdiction and period: a level
 * (2693.3 亿元) or a growth rate (7.9%), never mixed — `measure` says which.
 */
export interface Observation {
  readonly indicator_code: string;
  readonly jurisdiction: string;
  /** The year the figure describes. */
  readonly year: number;
  /** null for a whole year; `H1`, `Q1-Q3`, `M1-M10` for part-year figures; `2021-2025` for a period. */
  readonly period: string | null;
  readonly measure: 'level' | 'increase' | 'decrease' | 'rank';
  /** In base units (元, %, 人, 位 …). */
  readonly value: number;
  readonly base_unit: string | null;
  /** `=` for exact figures; `>` for 突破/超 thresholds passed. */
  readonly comparator: '=' | '>' | '>=' | '<' | '<=' | '~';
  readonly source: ObservationSource;
}
