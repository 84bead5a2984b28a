import { CLIENT_IP_HEADER } from '@lantu/app';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The request's headers with the client's address in CLIENT_IP_HEADER, for the sign-in
 * rate limit. The address is the socket's, or the first X-Forwarded-For hop when the
 * server is configured to sit behind a proxy; a value the client sent itself is dropped,
 * so nobody can choose which counter their attempts go to.
 */
export function headersWithClientAddress(c: Context, trustProxy: boolean): Headers {
  const headers = new Headers(c.req.raw.headers);
  headers.delete(CLIENT_IP_HEADER);
  const forwarded = trustProxy ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  const address = forwarded ?? socketAddress(c);
  if (address !== undefined && address !== '') headers.set(CLIENT_IP_HEADER, address);
  return headers;
}

function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    // In-process requests (tests' server.request) have no socket.
    return undefined;
  }
}
