/** A fetch stand-in for component tests: answers /api paths from a table, records requests. */
import { vi } from 'vitest';

export interface FakeApi {
  readonly requests: string[];
  restore(): void;
}

export function fakeApi(routes: Readonly<Record<string, unknown>>): FakeApi {
  const requests: string[] = [];
  const fetchMock = vi.fn((input: string | URL | Request) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    requests.push(url);
    const path = new URL(url, 'http://localhost').pathname;
    if (!(path in routes)) {
      return Promise.resolve(
        new Response(JSON.stringify({ error: { code: 'NOT_FOUND', message: `no ${path}` } }), {
          status: 404,
        }),
      );
    }
    return Promise.resolve(
      new Response(JSON.stringify(routes[path]), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      }),
    );
  });
  vi.stubGlobal('fetch', fetchMock);
  return { requests, restore: () => vi.unstubAllGlobals() };
}
