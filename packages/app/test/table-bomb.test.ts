import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lyingZipBombDocx, manyEntriesDocx } from '../../readers/test/hostile-files.js';
import type { LantuApp } from '../src/index.js';
import { addTestCity } from './support/sample-documents.js';
import { countRows, openTempApp, removeTempStores } from './support/temp-app.js';

/**
 * Tables people upload (figures, a 任务分解表) are parsed by exceljs on the server's own
 * thread: a zip bomb dressed as XLSX must be refused before exceljs inflates it (issue 10).
 */
let app: LantuApp;
beforeEach(async () => {
  app = await openTempApp();
  await addTestCity(app);
});
afterEach(() => app.close());
afterAll(removeTempStores);

describe('an uploaded table is bounded before it is parsed', () => {
  it('refuses an XLSX whose sheet inflates to 100 MB while its headers say 1 KB, quickly, storing nothing', async () => {
    const bomb = lyingZipBombDocx(100);
    const started = performance.now();
    await expect(
      app.importObservations('figures.xlsx', bomb, { actor: 't' }),
    ).rejects.toMatchObject({ code: 'FILE_TOO_COMPLEX', message: /解压后过大/u });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(await countRows(app, 'observations')).toBe(0);
  });

  it('refuses an XLSX of 6,000 entries', async () => {
    await expect(
      app.importObservations('figures.xlsx', manyEntriesDocx(6_000), { actor: 't' }),
    ).rejects.toMatchObject({ code: 'FILE_TOO_COMPLEX' });
  });
});
