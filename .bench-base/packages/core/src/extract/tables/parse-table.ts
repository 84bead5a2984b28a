/**
 * Pipe tables (`| 指标 | 2020年 | 2025年 | 年均增长 | 属性 |`), the form five-year plans'
 * main-indicator tables take in Markdown and in many converted documents.
 */
export interface TableCell {
  readonly text: string;
  /** Normalised offsets of the trimmed cell text. */
  readonly start: number;
  readonly end: number;
}

export interface TableRow {
  readonly cells: readonly TableCell[];
  readonly start: number;
  readonly end: number;
}

export interface PipeTable {
  readonly header: TableRow;
  readonly rows: readonly TableRow[];
  readonly start: number;
  readonly end: number;
}

const SEPARATOR = /^\|?[\s:|-]+\|?$/;

function parseRow(line: string, offset: number): TableRow {
  const cells: TableCell[] = [];
  let cellStart = line.startsWith('|') ? 1 : 0;
  for (let i = cellStart; i <= line.length; i++) {
    if (i < line.length && line.charAt(i) !== '|') continue;
    let s = cellStart;
    let e = i;
    while (s < e && /\s/.test(line.charAt(s))) s++;
    while (e > s && /\s/.test(line.charAt(e - 1))) e--;
    if (!(i === line.length && s === e && line.endsWith('|'))) {
      cells.push({ text: line.slice(s, e), start: offset + s, end: offset + e });
    }
    cellStart = i + 1;
  }
  return { cells, start: offset, end: offset + line.length };
}

/** Every pipe table of three or more rows in the normalised text. */
export function findPipeTables(text: string): PipeTable[] {
  const tables: PipeTable[] = [];
  let lineStart = 0;
  let block: TableRow[] = [];
  const flush = () => {
    const rows = block.filter((row) => !SEPARATOR.test(text.slice(row.start, row.end)));
    const header = rows[0];
    if (header && rows.length >= 2) {
      tables.push({
        header,
        rows: rows.slice(1),
        start: header.start,
        end: rows[rows.length - 1]?.end ?? header.end,
      });
    }
    block = [];
  };
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.startsWith('|') && line.indexOf('|', 1) > 0) block.push(parseRow(line, lineStart));
    else if (block.length > 0) flush();
    lineStart = lineEnd + 1;
  }
  if (block.length > 0) flush();
  return tables;
}
