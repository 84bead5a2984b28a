/** A cell as a table gives it: text, a number (spreadsheets), or nothing. */
export type Cell = string | number | null;

/** A table's rows, header first; row `i` of the array is row `i + 1` of the file. */
export type TableRows = readonly (readonly Cell[])[];

/** A cell as trimmed text ('' for empty), for matching and messages. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'number' ? String(cell) : cell.trim();
}
