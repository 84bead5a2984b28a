import { describe, expect, it } from 'vitest';
import { parseConfig } from './config.js';

describe('parseConfig', () => {
  it('has the documented defaults', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      dbUrl: 'sqlite:.data/lantu.sqlite',
      asOf: undefined,
      uploadLimitBytes: 20 * 1024 * 1024,
    });
    expect(config.webDist).toMatch(/packages\/web\/dist$/);
    expect(config.corpusDir).toMatch(/fixtures\/yiwu\/corpus$/);
  });

  it('reads the environment, empty values counting as unset', () => {
    const config = parseConfig({
      PORT: '9000',
      HOST: '0.0.0.0',
      LANTU_DB: 'postgres://localhost/lantu',
      LANTU_AS_OF: '2026-06-30',
      LANTU_UPLOAD_LIMIT_MB: '',
    });
    expect(config).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      dbUrl: 'postgres://localhost/lantu',
      asOf: '2026-06-30',
      uploadLimitBytes: 20 * 1024 * 1024,
    });
  });

  it('reads the sign-in settings, with defaults for npm start', () => {
    expect(parseConfig({})).toMatchObject({
      baseUrl: 'http://127.0.0.1:8080',
      trustedOrigins: [],
      trustProxy: false,
      secureCookies: undefined,
      signInLimit: { max: 5, windowSeconds: 60 },
      demoAccounts: true,
      unreviewed: 'mark',
    });
    expect(
      parseConfig({
        LANTU_BASE_URL: 'https://lantu.example.gov.cn',
        LANTU_TRUSTED_ORIGINS: 'http://localhost:5173, https://a.example.org',
        LANTU_TRUST_PROXY: 'true',
        LANTU_SIGN_IN_LIMIT: '10/300',
        LANTU_DEMO_ACCOUNTS: 'off',
        LANTU_UNREVIEWED: 'hide',
      }),
    ).toMatchObject({
      baseUrl: 'https://lantu.example.gov.cn',
      trustedOrigins: ['http://localhost:5173', 'https://a.example.org'],
      trustProxy: true,
      signInLimit: { max: 10, windowSeconds: 300 },
      demoAccounts: false,
      unreviewed: 'hide',
    });
    expect(() => parseConfig({ LANTU_AUTH_SECRET: 'short', LANTU_SIGN_IN_LIMIT: 'five' })).toThrow(
      /LANTU_AUTH_SECRET: .*LANTU_SIGN_IN_LIMIT: /,
    );
  });

  it('names every bad variable at once', () => {
    expect(() => parseConfig({ PORT: 'eighty', LANTU_AS_OF: '2026-02-30' })).toThrow(
      /PORT: .*LANTU_AS_OF: /,
    );
  });
});

describe('parseConfig: what the server answers to', () => {
  it('answers to loopback names by default, and to the listen address when it names one', () => {
    expect(parseConfig({}).allowedHosts).toEqual(['localhost', '127.0.0.1', '[::1]']);
    expect(parseConfig({ HOST: '0.0.0.0' }).allowedHosts).toEqual([
      'localhost',
      '127.0.0.1',
      '[::1]',
    ]);
    expect(parseConfig({ HOST: '10.1.2.3' }).allowedHosts).toContain('10.1.2.3');
  });

  it('adds PUBLIC_URL’s host and LANTU_ALLOWED_HOSTS', () => {
    const config = parseConfig({
      PUBLIC_URL: 'https://Lantu.Example.gov.cn/app',
      LANTU_ALLOWED_HOSTS: 'intranet.local, lantu ',
    });
    expect(config.allowedHosts).toEqual(
      expect.arrayContaining(['lantu.example.gov.cn', 'intranet.local', 'lantu']),
    );
  });

  it('reads the body limit and the upload rate', () => {
    expect(parseConfig({}).bodyLimitBytes).toBe(1024 * 1024);
    expect(parseConfig({}).uploadsPerMinute).toBe(30);
    const config = parseConfig({ LANTU_BODY_LIMIT_KB: '64', LANTU_UPLOADS_PER_MINUTE: '5' });
    expect(config).toMatchObject({ bodyLimitBytes: 64 * 1024, uploadsPerMinute: 5 });
  });
});
