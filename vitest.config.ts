import { defineConfig } from 'vitest/config';

// Two projects: the store's tests start a real PostgreSQL server in their global setup, so
// they run as their own project; everything else runs without it.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      'packages/store/vitest.config.ts',
      'packages/web/vitest.config.ts',
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
          exclude: ['packages/store/**', '**/node_modules/**'],
        },
      },
    ],
  },
});
