import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * The Content-Security-Policy every response carries. Scripts only from this origin (no
 * inline script, no eval), so injected markup cannot run; inline styles are allowed
 * because React style attributes, ECharts and the self-contained poster page use them
 * and a style cannot run code. Pages may be framed only by this origin (the poster
 * preview is an iframe of `/api/poster`).
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'self'"],
} as const;

/**
 * Security headers on every response (hono/secure-headers): the CSP above,
 * `X-Content-Type-Options: nosniff`, `X-Frame-Options: SAMEORIGIN`,
 * `Referrer-Policy: same-origin` (the app's own links keep their path; nothing leaks to
 * other sites), and the library's other defaults.
 */
export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      ...Object.fromEntries(Object.entries(CONTENT_SECURITY_POLICY).map(([k, v]) => [k, [...v]])),
    },
    referrerPolicy: 'same-origin',
    xFrameOptions: 'SAMEORIGIN',
    xContentTypeOptions: 'nosniff',
  });
}
