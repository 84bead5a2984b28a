import type { OpenAPIHonoOptions, z } from '@hono/zod-openapi';
import type { ServerEnv } from './auth/server-env.js';
import { errorResponse } from './error-response.js';
import { issueMessage } from './issue-message.js';
import { requestLanguage, type Language } from './request-language.js';

/**
 * Turns a failed request validation into a 400 INPUT_INVALID naming each bad value and
 * what is wrong with it in the person's language, e.g. `body.patch.metric：指标名称太长：
 * 最多 200 个字` (or, for `Accept-Language: en`, `…: Too big: expected string to have
 * <=200 characters`). The rejected value itself is never echoed.
 */
export const validationHook: NonNullable<OpenAPIHonoOptions<ServerEnv>['defaultHook']> = (
  result,
  c,
) => {
  if (result.success) return undefined;
  return errorResponse(c, {
    code: 'INPUT_INVALID',
    message: describeIssues(result.target, result.error, requestLanguage(c)),
  });
};

/** Issues named in one answer; a body with thousands of bad values gets the first few. */
const MAX_ISSUES = 10;

/** `target.path: message` for each issue (the first 10), joined with `; ` (`；` in Chinese). */
export function describeIssues(
  target: string,
  error: z.ZodError,
  language: Language = 'en',
): string {
  const where = target === 'json' ? 'body' : target;
  const colon = language === 'zh' ? '：' : ': ';
  const parts = error.issues.slice(0, MAX_ISSUES).map((issue) => {
    const path = [where, ...issue.path.map(String)].join('.');
    return `${path}${colon}${issueMessage(issue, language)}`;
  });
  if (error.issues.length > MAX_ISSUES) parts.push('…');
  return parts.join(language === 'zh' ? '；' : '; ');
}
