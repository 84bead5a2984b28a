import type { ExportCell } from './scorecard-table.js';

/**
 * Characters a spreadsheet reads as the start of a formula (OWASP "CSV injection"), with
 * their full-width forms, which some Excel input methods convert. Tab and CR can hide a
 * formula behind leading whitespace.
 */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/u;

/**
 * A text cell that a spreadsheet would run as a formula (`=HYPERLINK(…)`, `@SUM(…)`,
 * `-2+3`) gets a leading apostrophe, which Excel, WPS and LibreOffice show as plain text.
 * Numbers stay numbers: a stored -5 is a number, not text that starts with a minus.
 */
export function neutraliseFormula(cell: ExportCell): ExportCell {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}
