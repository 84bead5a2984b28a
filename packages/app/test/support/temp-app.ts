import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeDatabase } from '@lantu/store';
import { openLantu, type LantuApp, type OpenLantuOptions } from '../../src/index.js';

const dirs: string[] = [];

/** A fresh SQLite file in a temp folder; removed by `removeTempStores`. */
export function tempStoreUrl(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lantu-app-'));
  dirs.push(dir);
  return `sqlite:${join(dir, 'lantu.sqlite')}`;
}

/** Lantu over a fresh SQLite file. */
export async function openTempApp(options: Omit<OpenLantuOptions, 'url'> = {}): Promise<LantuApp> {
  return openLantu({ asOf: '2026-03-01', ...options, url: tempStoreUrl() });
}

/** Deletes every temp store made so far (call in afterAll, after closing the apps). */
export function removeTempStores(): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** UTF-8 bytes of a text file. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Rows in a table, for counting what a step wrote. */
export async function countRows(
  app: LantuApp,
  table: 'documents' | 'items' | 'observations' | 'history',
): Promise<number> {
  const row = await storeDatabase(app.store)
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
