import { describe, expect, it } from 'vitest';
import { defaultStoreUrl, parseStoreUrl } from './connection-url.js';

describe('parseStoreUrl', () => {
  it('reads sqlite: URLs, plain paths and :memory: as SQLite', () => {
    expect(parseStoreUrl('sqlite:data/lantu.sqlite')).toEqual({
      dialect: 'sqlite',
      path: 'data/lantu.sqlite',
    });
    expect(parseStoreUrl('sqlite:///var/lib/lantu.sqlite')).toEqual({
      dialect: 'sqlite',
      path: '/var/lib/lantu.sqlite',
    });
    expect(parseStoreUrl('/tmp/x.db')).toEqual({ dialect: 'sqlite', path: '/tmp/x.db' });
    expect(parseStoreUrl(':memory:')).toEqual({ dialect: 'sqlite', path: ':memory:' });
  });

  it('reads postgres:// and postgresql:// as PostgreSQL, keeping the URL whole', () => {
    const url = 'postgresql://u:p@db:5432/lantu?sslmode=disable';
    expect(parseStoreUrl(url)).toEqual({ dialect: 'postgres', url });
    expect(parseStoreUrl('postgres://db/lantu').dialect).toBe('postgres');
  });

  it('refuses empty URLs and unknown schemes with INPUT_INVALID', () => {
    for (const bad of ['', '  ', 'mysql://db/x', 'sqlite:']) {
      expect(() => parseStoreUrl(bad)).toThrow(expect.objectContaining({ code: 'INPUT_INVALID' }));
    }
  });

  it('puts the embedded default under the data folder', () => {
    expect(defaultStoreUrl()).toBe('sqlite:.data/lantu.sqlite');
    expect(defaultStoreUrl('/srv/lantu/')).toBe('sqlite:/srv/lantu/lantu.sqlite');
  });
});
