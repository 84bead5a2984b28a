import { describe, expect, it } from 'vitest';
import { createStore } from '../src/create-store.js';
import { sampleIngest } from './sample-reading.js';
import { createTestDatabase } from './test-database.js';

describe('a read-only store (SQLite)', () => {
  it('reads an existing file and refuses every write, leaving it as it was', async () => {
    const database = await createTestDatabase('sqlite');
    try {
      const writer = await createStore({ url: database.url });
      await writer.jurisdictions.seedDefaults();
      await writer.documents.ingestReading(sampleIngest());
      await writer.close();

      const reader = await createStore({ url: database.url, readOnly: true });
      try {
        expect(await reader.documents.list()).toHaveLength(1);
        await expect(reader.statuses.invalidate('all')).rejects.toThrow(/readonly/iu);
        expect(await reader.documents.list()).toHaveLength(1);
      } finally {
        await reader.close();
      }
      await expect(
        createStore({ url: 'postgres://localhost/none', readOnly: true }),
      ).rejects.toMatchObject({ code: 'INPUT_INVALID' });
    } finally {
      await database.dispose();
    }
  });
});
