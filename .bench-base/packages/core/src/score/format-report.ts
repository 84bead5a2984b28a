import type { Framework } from '../model/framework.js';
import type { OutlineEntry } from '../model/outline.js';
import { ITEM_FIELDS } from './item-fields.js';
import type { ComparableItem } from './item-fields.js';
import { share, type Prf } from './prf.js';
import type { ScoreReport } from './score-corpus.js';
import type { DocumentScore } from './score-reading.js';

export interface FormatOptions {
  /** At most this many misses (and as many spurious) per list per document; default 8. */
  readonly maxListed?: number;
  /** Also list every field disagreement of value-matched items. */
  readonly verbose?: boolean;
}

const NAME_WIDTH = 22;
const TEXT_WIDTH = 40;

/**
 * A compact plain-text report: item, outline and framework tables (one row
 * per document, then the corpus micro-average), the corpus field-disagreement
 * counts, then per document the misses and spurious entries, capped.
 */
export function formatScoreReport(report: ScoreReport, options: FormatOptions = {}): string {
  const maxListed = options.maxListed ?? 8;
  const { documents, corpus } = report;
  const noun = documents.length === 1 ? 'document' : 'documents';
  const lines: string[] = [`Reading score · ${documents.length} ${noun}`, ''];

  lines.push(
    row('items', ['gold', 'pred']) +
      group(['value', 'P', 'R', 'F1']) +
      group(['full', 'P', 'R', 'F1']),
    ...documents.map((d) => itemRow(short(d.file), d.items.value, d.items.full)),
    itemRow('corpus (micro)', corpus.items.value, corpus.items.full),
    '',
  );

  const errors = ITEM_FIELDS.map((f) => [f, corpus.items.fieldErrors[f]] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  lines.push(
    `field disagreements among ${corpus.items.value.tp} value-matched items: ` +
      (errors.length === 0 ? 'none' : errors.map(([f, n]) => `${f} ${n}`).join(' · ')),
    '',
  );

  lines.push(
    row('outline', ['gold', 'pred', 'tp', 'P', 'R', 'F1', 'level', 'label']),
    ...documents.map((d) =>
      outlineRow(short(d.file), d.outline.match, d.outline.levelAgree, d.outline.labelAgree),
    ),
    outlineRow(
      'corpus (micro)',
      corpus.outline.match,
      corpus.outline.levelAgree,
      corpus.outline.labelAgree,
    ),
    '',
  );

  lines.push(
    row('frameworks', ['gold', 'pred', 'tp', 'P', 'R', 'F1', 'repeat', 'parts', 'listF1']),
    ...documents.map((d) => frameworkRow(short(d.file), d.frameworks)),
    frameworkRow('corpus (micro)', corpus.frameworks),
  );

  for (const d of documents)
    lines.push('', ...documentLists(d, maxListed, options.verbose ?? false));
  return lines.join('\n');
}

function documentLists(d: DocumentScore, max: number, verbose: boolean): string[] {
  const out = [`── ${d.file}`];
  const { items, outline, frameworks } = d;
  out.push(`  items: ${items.misses.length} missed, ${items.spurious.length} spurious`);
  out.push(
    ...capped(
      items.misses.map((m) => {
        const near = m.nearest ? `   ⟂ read: ${describeItem(m.nearest.item)}` : '';
        return `    - ${describeItem(m.gold.item)}${near}`;
      }),
      max,
    ),
    ...capped(
      items.spurious.map((s) => `    + ${describeItem(s.item)}`),
      max,
    ),
  );
  if (verbose && items.disagreements.length > 0) {
    out.push(`  field disagreements: ${items.disagreements.length}`);
    out.push(
      ...items.disagreements.map(
        (x) =>
          `    ≠ ${x.field}: gold ${x.gold}, read ${x.predicted}  ${place(x.goldItem.item)} ${quote(x.goldItem.item.text)}`,
      ),
    );
  }
  out.push(`  outline: ${outline.misses.length} missed, ${outline.spurious.length} spurious`);
  out.push(
    ...capped(
      outline.misses.map((m) => `    - ${describeEntry(m.entry)}`),
      max,
    ),
    ...capped(
      outline.spurious.map((s) => `    + ${describeEntry(s.entry)}`),
      max,
    ),
  );
  out.push(
    `  frameworks: ${frameworks.misses.length} missed, ${frameworks.spurious.length} spurious, ${frameworks.repeats} repeats`,
  );
  out.push(
    ...capped(
      frameworks.misses.map((m) => `    - ${describeFramework(m.framework)}`),
      max,
    ),
    ...capped(
      frameworks.spurious.map((s) => `    + ${describeFramework(s.framework)}`),
      max,
    ),
  );
  return out;
}

function itemRow(name: string, value: Prf, full: Prf): string {
  const tpCells = (p: Prf): string[] => [
    String(p.tp),
    ratio(p.precision),
    ratio(p.recall),
    ratio(p.f1),
  ];
  return (
    row(name, [String(value.gold), String(value.predicted)]) +
    group(tpCells(value)) +
    group(tpCells(full))
  );
}

/** A block of cells set off from the previous one by a bar. */
function group(cells: readonly string[]): string {
  return ' │' + cells.map((c) => c.padStart(7)).join('');
}

function outlineRow(name: string, match: Prf, level: number, label: number): string {
  return row(name, [
    ...prfCells(match),
    ratio(share(level, match.tp)),
    ratio(share(label, match.tp)),
  ]);
}

function frameworkRow(
  name: string,
  f: { match: Prf; repeats: number; partsCountAgree: number; listedItems: Prf },
): string {
  return row(name, [
    ...prfCells(f.match),
    String(f.repeats),
    ratio(share(f.partsCountAgree, f.match.tp)),
    // No listed items on either side: nothing to agree on, so no figure.
    ratio(f.listedItems.gold + f.listedItems.predicted === 0 ? null : f.listedItems.f1),
  ]);
}

function prfCells(p: Prf): string[] {
  return [
    String(p.gold),
    String(p.predicted),
    String(p.tp),
    ratio(p.precision),
    ratio(p.recall),
    ratio(p.f1),
  ];
}

function row(name: string, cells: readonly string[]): string {
  return name.padEnd(NAME_WIDTH) + cells.map((c) => c.padStart(7)).join('');
}

function ratio(x: number | null): string {
  return x === null ? '—' : x.toFixed(3);
}

/** `000_7afa0f77a0ae44c6.txt` → `000_7afa0f77a0ae44c6`. */
function short(file: string): string {
  return file.replace(/\.[a-z]+$/u, '').slice(0, NAME_WIDTH - 1);
}

function capped(lines: readonly string[], max: number): string[] {
  if (lines.length <= max) return [...lines];
  return [...lines.slice(0, max), `    … ${lines.length - max} more`];
}

function describeItem(item: ComparableItem): string {
  const value =
    item.kind === 'milestone'
      ? ''
      : ` ${item.measure ?? '?'} ${item.comparator ?? '?'} ${num(item.value)}${
          item.value_max === null ? '' : `–${num(item.value_max)}`
        }${item.unit === null ? '' : ` ${item.unit}`}`;
  const period = item.period === null ? '' : ` ${item.period}`;
  const year = item.year === null ? '' : ` ${item.year}`;
  return `${place(item)} ${item.kind}${value}${year}${period} ${clip(item.metric, 16)} ${quote(item.text)}`;
}

function describeEntry(e: OutlineEntry): string {
  return `${place(e)} L${e.level} ${e.label === '' ? '·' : e.label} ${quote(e.title)}`;
}

function describeFramework(f: Framework): string {
  const parts = f.parts
    .map((p) => `${p.count}${p.label}${p.items.length > 0 ? `(${p.items.length})` : ''}`)
    .join('+');
  return `${place(f)} ${f.name} [${parts}] ${quote(f.text)}`;
}

function place(span: { start: number; end: number }): string {
  return `[${span.start},${span.end})`;
}

function quote(text: string): string {
  return `«${clip(text.replace(/\s*\n\s*/gu, '⏎'), TEXT_WIDTH)}»`;
}

function clip(text: string, width: number): string {
  const chars = Array.from(text);
  return chars.length <= width ? text : `${chars.slice(0, width - 1).join('')}…`;
}

function num(x: number | null): string {
  return x === null ? 'null' : String(x);
}
