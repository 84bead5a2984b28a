import { LantuError } from '@lantu/core';
import type { MiddlewareHandler } from 'hono';

/** The loopback names a server answers to unless configured otherwise. */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/** Listen addresses that name no host a browser would use. */
const WILDCARD_ADDRESSES = new Set(['0.0.0.0', '::', '[::]', '']);

/**
 * The host names to answer to: loopback, the address the server listens on (unless a
 * wildcard), the host of its public URL, and any extra names.
 */
export function allowedHostNames(options: {
  readonly listenHost?: string;
  readonly publicUrl?: string;
  readonly extra?: readonly string[];
}): string[] {
  const names = new Set(LOOPBACK_HOSTS);
  const listen = options.listenHost?.trim().toLowerCase() ?? '';
  if (!WILDCARD_ADDRESSES.has(listen)) names.add(listen.includes(':') ? `[${listen}]` : listen);
  if (options.publicUrl !== undefined) names.add(new URL(options.publicUrl).hostname.toLowerCase());
  for (const name of options.extra ?? []) {
    const trimmed = name.trim().toLowerCase();
    if (trimmed !== '') names.add(trimmed);
  }
  return [...names];
}

/** `Host` without its port: `example.org:8080` → `example.org`, `[::1]:80` → `[::1]`. */
export function hostNameOf(host: string): string {
  const lower = host.trim().toLowerCase();
  if (lower.startsWith('[')) return lower.slice(0, lower.indexOf(']') + 1);
  const colon = lower.indexOf(':');
  return colon < 0 ? lower : lower.slice(0, colon);
}

/**
 * Refuses (403) requests whose `Host` is not one of the names: a page on
 * `evil.example` whose DNS is rebound to this server's address sends `Host: evil.example`
 * and so cannot read or write through a visitor's browser. `*` allows any host.
 */
export function allowedHostsOnly(names: readonly string[]): MiddlewareHandler {
  if (names.includes('*')) return (_c, next) => next();
  const allowed = new Set(names.map((n) => n.toLowerCase()));
  return async (c, next) => {
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    if (!allowed.has(hostNameOf(host))) {
      throw new LantuError(
        'FORBIDDEN',
        `此服务不接受主机名 ${hostNameOf(host) || '(空)'} 的请求 (host not allowed; see LANTU_ALLOWED_HOSTS)`,
      );
    }
    await next();
  };
}
