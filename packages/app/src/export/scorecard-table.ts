import type { ScorecardRow } from '../types.js';

/** One exported cell. */
export type ExportCell = string | number | null;

/** The exported columns, in order: header text and how to read it off a row. */
const COLUMNS: readonly (readonly [string, (row: ScorecardRow) => ExportCell])[] = [
  ['document', (r) => r.document.title],
  ['document_date', (r) => r.document.date],
  ['document_kind', (r) => r.document.kind],
  ['section', (r) => (r.section === null ? null : `${r.section.label}${r.section.title}`)],
  ['kind', (r) => r.item.kind],
  ['metric', (r) => r.item.metric],
  ['text', (r) => r.item.text],
  ['indicator_code', (r) => r.indicator?.code ?? null],
  ['indicator', (r) => r.indicator?.name_zh ?? null],
  ['jurisdiction', (r) => r.item.jurisdiction_code],
  ['measure', (r) => r.item.measure],
  ['comparator', (r) => r.item.comparator],
  ['value', (r) => r.item.value],
  ['value_max', (r) => r.item.value_max],
  ['unit', (r) => r.item.unit],
  ['year', (r) => r.item.year],
  ['status', (r) => r.status.status],
  ['status_zh', (r) => r.status.label.zh],
  ['status_en', (r) => r.status.label.en],
  ['method', (r) => r.status.method],
  ['latest_value', (r) => r.status.numbers.latest_value],
  ['latest_year', (r) => r.status.numbers.latest_year],
  ['target_value', (r) => r.status.numbers.target_value],
  ['required_annual_growth', (r) => r.status.numbers.required_annual_growth],
  ['actual_annual_growth', (r) => r.status.numbers.actual_annual_growth],
  ['explanation_zh', (r) => r.status.explanation.zh],
  ['explanation_en', (r) => r.status.explanation.en],
  ['review_state', (r) => r.item.review_state],
  ['item_id', (r) => r.item.id],
  ['document_id', (r) => r.document.id],
];

/** The header row of every export. */
export const EXPORT_HEADER: readonly string[] = COLUMNS.map(([name]) => name);

/** A scorecard row as export cells, in EXPORT_HEADER order; numbers stay numbers. */
export function exportCells(row: ScorecardRow): ExportCell[] {
  return COLUMNS.map(([, read]) => read(row));
}
