import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The store's tests: every case on SQLite and on a real PostgreSQL (see test/global-setup.ts). */
export default defineConfig({
  test: {
    name: 'store',
    root: fileURLToPath(new URL('.', import.meta.url)),
    // The app's and the server's PostgreSQL tests (*.pg-test.ts) need this project's server.
    include: [
      'src/**/*.test.ts',
      'test/**/*.test.ts',
      '../app/test/**/*.pg-test.ts',
      '../server/test/**/*.pg-test.ts',
    ],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
