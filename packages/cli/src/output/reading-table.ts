import Table from 'cli-table3';
import { frameworkCountMismatch, type Framework, type Item, type Reading } from '@lantu/core';
import { formatItemValue, formatItemYear } from './item-cells.js';
import { displayWidth, squashWhitespace, truncateToWidth, wrapToWidth } from './text-width.js';

export interface ReadingTableOptions {
  /** Shown above the table; the reading itself does not know its file. */
  readonly fileName: string;
  /** Terminal columns to fit; 80 when unknown. */
  readonly width?: number;
}

// Borderless columns with a rule under the header: the least ink per column,
// which matters when half the width goes to Chinese text at two columns a character.
const COMPACT: Table.TableConstructorOptions = {
  chars: {
    top: '',
    'top-mid': '',
    'top-left': '',
    'top-right': '',
    bottom: '',
    'bottom-mid': '',
    'bottom-left': '',
    'bottom-right': '',
    left: '',
    'left-mid': '',
    mid: '─',
    'mid-mid': '─',
    right: '',
    'right-mid': '',
    middle: ' ',
  },
  // One space between columns: alignment separates them, and on 80 columns
  // every column spent on gaps is half a character less of the item's text.
  // No colours: the output is often piped, and tests compare plain text.
  style: { 'padding-left': 0, 'padding-right': 0, head: [], border: [], compact: true },
};

/** Columns a compact table spends on separators, beyond its cells. */
function overhead(columns: number): number {
  return columns - 1;
}

const METRIC_MAX = 16;
const VALUE_MAX = 16;
const TEXT_MIN = 12;
/** Below this the layout cannot hold its fixed columns; wider terminals get longer text. */
const MIN_WIDTH = 60;

/**
 * Item text for display: whitespace folded and Markdown bold markers (`**2693.3**`,
 * common in the infographic transcripts) dropped. The JSON keeps the exact text.
 */
function plainText(text: string): string {
  return squashWhitespace(text.replace(/\*\*|__/gu, ''));
}

function widest(cells: readonly string[], header: string): number {
  return Math.max(displayWidth(header), ...cells.map(displayWidth));
}

/** Cells in this order: kind, metric, value, year, text. */
function itemsTable(items: readonly Item[], width: number): string {
  const kinds = items.map((item) => item.kind);
  const metrics = items.map((item) => truncateToWidth(squashWhitespace(item.metric), METRIC_MAX));
  const values = items.map((item) => truncateToWidth(formatItemValue(item), VALUE_MAX));
  const years = items.map(formatItemYear);
  const fixed =
    widest(kinds, 'kind') +
    widest(metrics, 'metric') +
    widest(values, 'value') +
    widest(years, 'year');
  // -1 keeps the last column off the terminal's edge, where some terminals wrap early.
  const textWidth = Math.max(TEXT_MIN, width - 1 - fixed - overhead(5));
  const table = new Table({ head: ['kind', 'metric', 'value', 'year', 'text'], ...COMPACT });
  items.forEach((item, index) => {
    table.push([
      kinds[index],
      metrics[index],
      values[index],
      years[index],
      truncateToWidth(plainText(item.text), textWidth),
    ]);
  });
  return trimLines(table.toString());
}

/** `8 新赛道: 数字经济、…`; the count comes first so a short list stands out. */
function describePart(part: Framework['parts'][number]): string {
  const head = [String(part.count), part.label].filter((s) => s !== '').join(' ');
  return part.items.length > 0 ? `${head}: ${part.items.join('、')}` : head;
}

const MISMATCH_NOTE = '(count mismatch)';

function frameworksTable(frameworks: readonly Framework[], width: number): string {
  const flagged = frameworks.some(frameworkCountMismatch);
  const nameWidth = Math.min(
    20,
    Math.max(4, flagged ? MISMATCH_NOTE.length : 0, ...frameworks.map((f) => displayWidth(f.name))),
  );
  const partsWidth = Math.max(TEXT_MIN, width - 1 - nameWidth - overhead(2));
  const table = new Table({ head: ['name', 'counts and items'], ...COMPACT });
  for (const framework of frameworks) {
    const name = wrapToWidth(squashWhitespace(framework.name), nameWidth).join('\n');
    const parts = framework.parts
      .flatMap((part) => wrapToWidth(describePart(part), partsWidth))
      .join('\n');
    // The core decides what counts as a mismatch; the table only flags it.
    table.push([frameworkCountMismatch(framework) ? `${name}\n${MISMATCH_NOTE}` : name, parts]);
  }
  return trimLines(table.toString());
}

function trimLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');
}

/**
 * `title · kind · horizon · chars` on one line when it fits; otherwise the
 * title wrapped on its own, so the facts are never split mid-word.
 */
function headerLine(reading: Reading, width: number): string {
  const { title, kind, horizon, chars } = reading.document;
  const name = title === '' ? '(untitled)' : squashWhitespace(title);
  const facts = [
    kind,
    horizon === null ? 'no horizon' : `horizon ${horizon}`,
    `${chars} chars`,
  ].join(' · ');
  const line = `${name} · ${facts}`;
  if (displayWidth(line) <= width - 1) return line;
  return [...wrapToWidth(name, width - 1), facts].join('\n');
}

/**
 * A human-readable view of one reading for a terminal: a header line with
 * title, kind, horizon and size, then the items, the frameworks and the
 * outline size. Fits `width` columns (at least 60) except where a single
 * fixed cell cannot.
 */
export function renderReadingTable(reading: Reading, options: ReadingTableOptions): string {
  const width = Math.max(MIN_WIDTH, options.width ?? 80);
  const sections = [
    `== ${options.fileName} ==`,
    headerLine(reading, width),
    '',
    reading.items.length === 0
      ? 'Items: none'
      : `Items (${reading.items.length})\n${itemsTable(reading.items, width)}`,
    '',
    reading.frameworks.length === 0
      ? 'Frameworks: none'
      : `Frameworks (${reading.frameworks.length})\n${frameworksTable(reading.frameworks, width)}`,
    '',
    `Outline: ${reading.outline.length} ${reading.outline.length === 1 ? 'heading' : 'headings'}`,
  ];
  return `${sections.join('\n')}\n`;
}
