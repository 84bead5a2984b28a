import { DOCUMENT_KINDS, type Framework, type OutlineEntry, type Reading } from '@lantu/core';
import { isIntegerFrom, isNullableString, isOneOf, isSpanWithin, isYear } from './checks.js';
import { itemFieldProblems, itemPlacementProblems } from './item-problems.js';

/**
 * Everything wrong with a reading of `text`, checked before any write so that an ingest
 * fails with a list of problems rather than halfway through with a constraint error.
 */
export function readingProblems(text: string, reading: Reading): string[] {
  const { document } = reading;
  const problems: string[] = [];
  if (document.chars !== text.length) {
    problems.push(`document.chars is ${document.chars} but the text has ${text.length}`);
  }
  if (!isOneOf(DOCUMENT_KINDS, document.kind)) problems.push('document.kind is not a known kind');
  if (document.horizon !== null && !isYear(document.horizon)) {
    problems.push('document.horizon must be a four-digit year or null');
  }
  if (!isNullableString(document.date)) problems.push('document.date must be a string or null');
  reading.outline.forEach((entry, index) => {
    problems.push(...outlineProblems(entry, `outline[${index}]`, text.length));
  });
  reading.frameworks.forEach((framework, index) => {
    problems.push(...frameworkProblems(framework, `frameworks[${index}]`, text.length));
  });
  const placement = { text, outlineLength: reading.outline.length };
  reading.items.forEach((item, index) => {
    problems.push(...itemFieldProblems(item, `items[${index}]`));
    problems.push(...itemPlacementProblems(item, `items[${index}]`, placement));
  });
  return problems;
}

function outlineProblems(entry: OutlineEntry, at: string, length: number): string[] {
  const problems: string[] = [];
  if (!isIntegerFrom(entry.level, 0)) problems.push(`${at}.level must be an integer >= 0`);
  if (typeof entry.label !== 'string') problems.push(`${at}.label must be a string`);
  if (typeof entry.title !== 'string') problems.push(`${at}.title must be a string`);
  if (!isSpanWithin(entry.start, entry.end, length))
    problems.push(`${at} span is outside the text`);
  return problems;
}

function frameworkProblems(framework: Framework, at: string, length: number): string[] {
  const problems: string[] = [];
  if (typeof framework.name !== 'string') problems.push(`${at}.name must be a string`);
  if (typeof framework.text !== 'string') problems.push(`${at}.text must be a string`);
  if (!isSpanWithin(framework.start, framework.end, length)) {
    problems.push(`${at} span is outside the text`);
  }
  framework.parts.forEach((part, index) => {
    const partAt = `${at}.parts[${index}]`;
    if (!isIntegerFrom(part.count, 0)) problems.push(`${partAt}.count must be an integer >= 0`);
    if (typeof part.label !== 'string') problems.push(`${partAt}.label must be a string`);
    if (!Array.isArray(part.items) || !part.items.every((name) => typeof name === 'string')) {
      problems.push(`${partAt}.items must be a list of strings`);
    }
  });
  return problems;
}
