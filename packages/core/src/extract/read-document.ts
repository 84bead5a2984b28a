import type { DocumentKind, DocumentMeta, Reading } from '../model/document.js';
import { readFrameworks } from './frameworks/read-frameworks.js';
import { headingContexts } from './items/heading-context.js';
import { readAimListMilestones } from './items/aim-list-milestones.js';
import { readMilestones } from './items/read-milestones.js';
import { readTargetListAims } from './items/target-list-aims.js';
import { titlePartYear } from './items/part-year.js';
import { readItems } from './items/read-items.js';
import { sentenceTable } from './items/sentences.js';
import { readDiscourse } from './meta/discourse.js';
import { markRestatements } from './items/restatements.js';
import { resolveMeta } from './meta/infer-meta.js';
import { readOutline } from './outline/read-outline.js';
import { findPipeTables } from './tables/parse-table.js';
import { readTables } from './tables/read-tables.js';
import { normalizeText } from './text/normalize.js';
import { looksTraditional } from './text/traditional.js';
import { metricsInSourceCharacters } from './items/source-characters.js';
import { figuresOfHeadline } from './items/headline-figures.js';
import { expandSharedFigures, splitRespectiveLists } from './items/respective-lists.js';

export interface ReadDocumentInput {
  /** The document text exactly as read from the file (UTF-8 decoded, nothing else changed). */
  readonly text: string;
  readonly meta?: DocumentMeta;
}

/**
 * Reads a planning document: outline, items and frameworks, every offset
 * pointing into `input.text`. Pure and total: it never throws on any string.
 */
export function readDocument(input: ReadDocumentInput): Reading {
  const meta = resolveMeta(input.text, input.meta ?? {});
  const traditional = looksTraditional(input.text);
  const norm = normalizeText(input.text, { traditional });
  const headings = readOutline(norm, { plainTitles: hasPlainTitles(meta.kind) });
  const contexts = headingContexts(headings);
  const discourse = readDiscourse(headings, meta);
  const tables = findPipeTables(norm.text);
  const itemContext = {
    skipSpans: tables.map(({ start, end }) => ({ start, end })),
    original: input.text,
    norm,
    headings,
    contexts,
    docKind: meta.kind,
    reportYear: meta.reportYear,
    horizon: meta.horizon,
    discourse,
    halfYearReport: isHalfYearReport(meta.date, input.text),
    titlePeriod: titlePartYear(meta.title ?? firstLine(input.text)),
    sentences: sentenceTable(norm.text),
  };
  const numeric = readItems(itemContext);
  const tabled = readTables({ original: input.text, norm, headings }, tables);
  const milestones = readMilestones(itemContext, numeric);
  // Two readers of numberless aims in target lists, from two kinds of evidence: each
  // clause of a year's target list (target-list-aims), and lists found by their lead and
  // their clauses' endings (aim-list-milestones); the second skips what the first read.
  const listAims = readTargetListAims(itemContext, numeric, milestones);
  const aims = [
    ...listAims,
    ...readAimListMilestones(itemContext, [...numeric, ...tabled, ...milestones, ...listAims]),
  ];
  const read = splitRespectiveLists(
    markRestatements(
      expandSharedFigures(
        [...numeric, ...tabled, ...milestones, ...aims].sort(
          (a, b) => a.start - b.start || a.end - b.end,
        ),
      ),
    ),
  );
  const headed = figuresOfHeadline(read, input.text);
  const items = traditional ? metricsInSourceCharacters(headed, input.text) : headed;
  return {
    document: {
      title: meta.title,
      chars: input.text.length,
      horizon: meta.horizon,
      kind: meta.kind,
      date: meta.date,
      jurisdiction: meta.jurisdiction,
    },
    outline: headings.map(({ level, label, title, start, end }) => ({
      level,
      label,
      title,
      start,
      end,
    })),
    items,
    frameworks: readFrameworks(norm, input.text),
  };
}

/** Reports from July to September that speak of the half year describe the first half. */
function isHalfYearReport(date: string | null, text: string): boolean {
  if (!date) return false;
  const month = Number(date.slice(5, 7));
  return month >= 7 && month <= 9 && /上半年|下半年/.test(text);
}

/** The first line of a text, where a news item or release states its title. */
function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return text.slice(0, end < 0 ? Math.min(text.length, 200) : Math.min(end, 200));
}

/**
 * News articles, communiqués (their title line), and work reports as the press prints them (`2024年工作回顾`, `2025年工作安排`
 * on lines of their own, the numbering dropped), title their parts with unnumbered lines.
 */
function hasPlainTitles(kind: DocumentKind): boolean {
  return (
    kind === 'article' ||
    kind === 'work-report' ||
    kind === 'plenary-report' ||
    kind === 'statistical-communique'
  );
}
