import { PassThrough } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { neutraliseFormula } from './formula-guard.js';
import type { ExportCell } from './scorecard-table.js';

export interface XlsxOptions {
  /** A sheet placed first (汇总: title, date, filter, counts), its first row bold. */
  readonly summary?: { readonly name: string; readonly rows: readonly (readonly ExportCell[])[] };
  /** Column widths in characters by header text; others get 16. */
  readonly widths?: Readonly<Record<string, number>>;
}

/** Rows committed between two waits for the reader: a window's worth stays in flight. */
const ROWS_PER_WAIT = 500;

/**
 * Lets the zip catch up with the rows: exceljs hands each committed row on at once (its
 * buffers do not push back), so more rows are committed only once the output has been
 * read down to its high-water mark, or the reader has gone (then the output is closed).
 */
async function caughtUp(out: PassThrough): Promise<void> {
  await nextTurn();
  if (!out.writableNeedDrain || out.destroyed) return;
  await new Promise<void>((resolve) => {
    const done = (): void => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}

/**
 * A workbook (the summary sheet first, then the table sheet with a bold, frozen header
 * row, numbers as numbers, formula-like text neutralised) written by
 * exceljs's streaming writer: each row is committed as it arrives, and the file is handed
 * on in chunks as the zip produces them, so no sheet is held whole.
 */
export async function* xlsxChunks(
  sheetName: string,
  header: readonly string[],
  rows: AsyncIterable<readonly ExportCell[]> | Iterable<readonly ExportCell[]>,
  options: XlsxOptions = {},
): AsyncGenerator<Uint8Array> {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Lantu 蓝图';
  const writing = (async () => {
    if (options.summary !== undefined) {
      const summary = workbook.addWorksheet(options.summary.name);
      summary.getColumn(1).width = 14;
      summary.getColumn(2).width = 40;
      options.summary.rows.forEach((row, i) => {
        const added = summary.addRow(row.map(neutraliseFormula));
        if (i === 0) added.font = { bold: true, size: 14 };
      });
      summary.commit();
    }
    const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = header.map((name) => {
      const width = options.widths?.[name] ?? 16;
      return { width, style: { alignment: { vertical: 'top', wrapText: width > 30 } } };
    });
    const head = sheet.addRow([...header]);
    head.font = { bold: true };
    head.commit();
    let n = 0;
    for await (const row of rows) {
      // Text cells are stored as text, but a person who edits one would make it a formula.
      sheet.addRow(row.map(neutraliseFormula)).commit();
      n += 1;
      if (n % ROWS_PER_WAIT === 0) await caughtUp(out);
      if (out.destroyed) return; // the reader went away: stop reading rows
    }
    sheet.commit();
    await workbook.commit();
  })();
  // A failure ends the file: the reader sees the error instead of a truncated zip.
  writing.catch((error: unknown) => out.destroy(error as Error));
  for await (const chunk of out) yield new Uint8Array(chunk as Buffer);
  await writing;
}
