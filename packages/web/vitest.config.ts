import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Component tests (*.test.tsx) in a DOM. The root `npx vitest run` runs this package's
 * *.test.ts files (pure functions and the browser end-to-end test) in its `unit` project;
 * this project adds the .tsx ones: `npx vitest run --config packages/web/vitest.config.ts`,
 * or list this file in the root config's `projects`.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  test: {
    name: 'web',
    environment: 'happy-dom',
    include: ['test/**/*.test.tsx'],
  },
});
