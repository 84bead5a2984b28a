/**
 * The pure half of the poster: input → everything the page shows, chosen and formatted.
 * Deterministic (given `generatedOn`), so HTML and images can be compared between runs.
 */
import { LantuError } from '@lantu/core';
import { kindName } from './document-kind.js';
import { chooseFrameworks } from './frameworks.js';
import { chooseHeadline } from './headline.js';
import { chooseTargets, statusTotals } from './targets.js';
import type { PosterInput, PosterModel } from './types.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

/** `义乌市人民政府《一图读懂2026义乌市政府工作报告》`: who published what. */
function defaultSource(input: PosterInput): string {
  const publisher = input.document.issuer ?? input.document.jurisdiction ?? '';
  return `${publisher}《${input.document.title}》`;
}

/**
 * Builds the poster model: the 成绩单 figures (`chooseHeadline`), the targets and
 * milestones with status words and colours (`chooseTargets`, nearest deadline first), the
 * totals per status, the frameworks (`chooseFrameworks`) and the footer. Throws LantuError
 * INPUT_INVALID for an empty title or a `generatedOn` that is not an ISO date.
 */
export function posterModel(input: PosterInput): PosterModel {
  const title = input.document.title.trim();
  if (title === '') throw new LantuError('INPUT_INVALID', 'A poster needs a document title.');
  const generatedOn = input.generatedOn ?? new Date().toISOString().slice(0, 10);
  if (!ISO_DATE.test(generatedOn)) {
    throw new LantuError('INPUT_INVALID', `generatedOn must be YYYY-MM-DD, got "${generatedOn}".`);
  }
  const source = input.source?.trim();
  return {
    title,
    document: {
      kind: kindName(input.document.kind),
      date: input.document.date,
      jurisdiction: input.document.jurisdiction,
      issuer: input.document.issuer ?? null,
    },
    headline: chooseHeadline(input.actuals),
    ...chooseTargets(input.rows),
    totals: statusTotals(input.rows),
    ...chooseFrameworks(input.frameworks),
    footer: {
      source: source === undefined || source === '' ? defaultSource(input) : source,
      documentDate: input.document.date,
      asOf: input.asOf ?? null,
      generatedOn,
    },
  };
}
