import type { Context } from 'hono';

/** The languages the API answers people in. */
export type Language = 'zh' | 'en';

/**
 * The language to tell a person what went wrong in: English when the request's first
 * `Accept-Language` choice is English, else Chinese (zh-CN first, as the web app).
 */
export function requestLanguage(c: Context): Language {
  const first = (c.req.header('accept-language') ?? '').split(',')[0]?.trim().toLowerCase();
  return first !== undefined && first.startsWith('en') ? 'en' : 'zh';
}
