import { extname } from 'node:path';
import { isLantuError, LantuError, type Jurisdiction, type Observation } from '@lantu/core';
import type { AppContext } from '../app-context.js';
import { jurisdictionNamesOf } from '../link/jurisdiction-names.js';
import type { ImportResult, ImportRowError, ImportRowOutcome } from '../types.js';
import { mapColumns } from './columns.js';
import { problemZh } from './problem-zh.js';
import { existingTableFigures, figureKey } from './existing-figures.js';
import { readCsv } from './read-csv.js';
import { readXlsx } from './read-xlsx.js';
import { rowObservations } from './row-observations.js';
import { cellText, type TableRows } from './table.js';

/**
 * Imports observations from a statistical table (CSV or XLSX; see columns.ts for the
 * headers). Every row is checked before anything is stored: with any problem, nothing is
 * stored and every row's problems are returned (row 1 is the header). Otherwise all new
 * figures are stored in one transaction; figures identical to ones already imported are
 * counted as `skipped`, so importing a file twice stores it once.
 *
 * Throws LantuError only for the file as a whole: UNSUPPORTED_FORMAT (not .csv/.xlsx),
 * FILE_UNREADABLE (malformed), FILE_EMPTY. With `dryRun`, every row is checked and its
 * outcome returned (`rows`), and nothing is stored: the web app's preview before confirming.
 */
export async function importObservations(
  ctx: AppContext,
  fileName: string,
  bytes: Uint8Array,
  options: { readonly dryRun?: boolean } = {},
): Promise<ImportResult> {
  const rows = await readTable(fileName, bytes);
  const header = rows[0];
  if (header === undefined || header.every((cell) => cellText(cell) === '')) {
    throw new LantuError('FILE_EMPTY', `${fileName}: no header row`);
  }
  const outcomes: ImportRowOutcome[] = [];
  const fail = (errors: ImportRowError[]): ImportResult => ({
    fileName,
    imported: 0,
    errors,
    skipped: 0,
    ...(options.dryRun === true ? { rows: outcomes, dryRun: true } : {}),
  });
  const { map, problems } = mapColumns(header);
  if (problems.length > 0) return fail(problems.map((message) => ({ row: 1, message })));

  const data = rows
    .map((cells, index) => ({ cells, row: index + 1 }))
    .slice(1)
    .filter(({ cells }) => cells.some((cell) => cellText(cell) !== ''));
  if (data.length === 0) return fail([{ row: 1, message: 'no data rows under the header' }]);

  const jurisdictionColumn = map.jurisdiction ?? -1;
  const context = {
    fileName,
    columns: map,
    catalog: await ctx.catalog(),
    jurisdictions: await resolveJurisdictions(
      ctx,
      data.map(({ cells }) => cellText(cells[jurisdictionColumn])),
    ),
  };
  const errors: ImportRowError[] = [];
  const observations: Observation[] = [];
  for (const { cells, row } of data) {
    const outcome = rowObservations(cells, row, context);
    if (outcome.ok) observations.push(...outcome.observations);
    else errors.push(...outcome.problems.map((message) => ({ row, message })));
    outcomes.push(
      outcome.ok
        ? { row, accepted: true, figures: outcome.observations.length, reasons: [] }
        : { row, accepted: false, figures: 0, reasons: outcome.problems.map(problemZh) },
    );
  }
  if (errors.length > 0) return fail(errors);

  const seen = await existingTableFigures(ctx, observations);
  const fresh = observations.filter((o) => {
    const key = figureKey(o);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (options.dryRun === true) {
    return {
      fileName,
      imported: fresh.length,
      errors: [],
      skipped: observations.length - fresh.length,
      rows: outcomes,
      dryRun: true,
    };
  }
  if (fresh.length > 0) await ctx.store.observations.addMany(fresh);
  return {
    fileName,
    imported: fresh.length,
    errors: [],
    skipped: observations.length - fresh.length,
  };
}

async function readTable(fileName: string, bytes: Uint8Array): Promise<TableRows> {
  const extension = extname(fileName).toLowerCase();
  if (extension === '.csv') return readCsv(bytes, fileName);
  if (extension === '.xlsx') return readXlsx(bytes, fileName);
  throw new LantuError(
    'UNSUPPORTED_FORMAT',
    `${fileName}: observations come from .csv or .xlsx files`,
  );
}

/** Each distinct jurisdiction cell resolved once (code or name), with its parents' names. */
async function resolveJurisdictions(
  ctx: AppContext,
  texts: readonly string[],
): Promise<Map<string, { jurisdiction: Jurisdiction; names: readonly string[] } | string>> {
  const all = await ctx.jurisdictions();
  const out = new Map<string, { jurisdiction: Jurisdiction; names: readonly string[] } | string>();
  for (const text of new Set(texts)) {
    if (text === '') continue;
    try {
      const jurisdiction = await ctx.store.jurisdictions.resolve(text);
      out.set(text, { jurisdiction, names: jurisdictionNamesOf(jurisdiction.code, all) });
    } catch (error) {
      if (!isLantuError(error) || error.code !== 'NOT_FOUND') throw error;
      out.set(text, `unknown jurisdiction: ${error.message}`);
    }
  }
  return out;
}
