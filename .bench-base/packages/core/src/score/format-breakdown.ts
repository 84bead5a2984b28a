import type { Prf } from './prf.js';
import { BREAKDOWN_MEASURES, sumBreakdowns, type Breakdown } from './score-breakdown.js';

/** One row of the breakdown table: a document, a group of documents, or a corpus. */
export interface BreakdownRow {
  readonly name: string;
  readonly breakdown: Breakdown;
}

/** Documents grouped by a key (their document kind), each group summed, in first-seen order. */
export function groupBreakdowns(
  rows: readonly (BreakdownRow & { readonly group: string })[],
): BreakdownRow[] {
  const groups = new Map<string, Breakdown[]>();
  for (const r of rows) groups.set(r.group, [...(groups.get(r.group) ?? []), r.breakdown]);
  return [...groups].map(([name, list]) => ({ name, breakdown: sumBreakdowns(list) }));
}

/**
 * A plain-text table: one line per row, each figure as F1 with its counts
 * (`0.750 12/16/16` = F1, matched, predicted, gold), so a reader can tell a
 * small document's 0.000 from a large one's.
 */
export function formatBreakdownTable(rows: readonly BreakdownRow[]): string {
  const nameWidth = Math.max(8, ...rows.map((r) => displayWidth(r.name)));
  const header = [pad('document', nameWidth), ...BREAKDOWN_MEASURES.map((m) => pad(m, 17))].join(
    ' ',
  );
  const lines = rows.map((r) =>
    [pad(r.name, nameWidth), ...BREAKDOWN_MEASURES.map((m) => pad(cell(r.breakdown[m]), 17))].join(
      ' ',
    ),
  );
  return [header, ...lines].join('\n');
}

function cell(p: Prf): string {
  if (p.gold === 0 && p.predicted === 0) return '—';
  return `${p.f1.toFixed(3)} ${p.tp}/${p.predicted}/${p.gold}`;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/** Columns a string takes in a terminal: CJK and full-width characters take two. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}
