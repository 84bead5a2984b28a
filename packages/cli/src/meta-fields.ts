import { DOCUMENT_KINDS, type DocumentKind } from '@lantu/core';
import * as z from 'zod';

/**
 * Zod schemas for the DocumentMeta fields, shared by the manifest and the
 * command-line flags so both reject the same values with the same words.
 */

export const documentKindSchema = z.custom<DocumentKind>(
  (value) => typeof value === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(value),
  { message: `expected one of ${DOCUMENT_KINDS.join(', ')}` },
);

/** ISO calendar date, `2026-01-20`; zod also rejects impossible days such as 02-30. */
export const isoDateSchema = z.iso.date({ message: 'expected an ISO date such as 2026-01-20' });

/**
 * A target year. The bounds only catch slips such as `25` for 2025; planning
 * documents of interest are all well inside them.
 */
export const horizonSchema = z
  .int({ message: 'expected a whole year such as 2025' })
  .min(1949, { message: 'expected a year from 1949 on' })
  .max(2200, { message: 'expected a year up to 2200' });

/** Renders a zod issue path the way a reader of the JSON would write it: `[2].horizon`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  return path
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      return index === 0 ? name : `.${name}`;
    })
    .join('');
}

/** One line per issue, `path: message`, for error messages. */
export function formatIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`).join('; ');
}
