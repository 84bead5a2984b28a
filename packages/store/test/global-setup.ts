import type { TestProject } from 'vitest/node';
import { startPostgresServer } from './postgres-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL database the store tests may create schemas in. */
    lantuPgUrl: string;
  }
}

/**
 * Gives the store tests a PostgreSQL database: the one LANTU_TEST_PG_URL names, or a
 * throwaway server started here and stopped when the run ends.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  const external = process.env['LANTU_TEST_PG_URL'];
  if (external !== undefined && external !== '') {
    project.provide('lantuPgUrl', external);
    return;
  }
  const server = await startPostgresServer();
  project.provide('lantuPgUrl', server.url);
  return () => server.stop();
}
