import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createStore } from '../src/create-store.js';
import { DIALECTS, useStore } from './use-store.js';

const WRITER = fileURLToPath(new URL('./crash-writer.ts', import.meta.url));

/** Runs the writer until it has reported `commits` commits plus a moment, then kill -9. */
function crashWriter(url: string, commits: number, extraMs: number): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, url], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let reported = 0;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdout.on('data', (chunk: Buffer) => {
      reported += (chunk.toString('utf8').match(/committed/gu) ?? []).length;
      if (reported >= commits && !child.killed) {
        setTimeout(() => child.kill('SIGKILL'), extraMs);
      }
    });
    child.once('exit', (code, signal) =>
      signal === 'SIGKILL' ? done(reported) : fail(new Error(`writer exited ${code}: ${stderr}`)),
    );
  });
}

for (const dialect of DIALECTS) {
  describe(`a writer killed with SIGKILL mid-write (${dialect})`, () => {
    const t = useStore(dialect);

    it('leaves a consistent store: every write whole or absent, every reported one there', async () => {
      // The schema first, so the child never races the migrations.
      await t.store.jurisdictions.seedDefaults();
      let reported = 0;
      for (const extraMs of [0, 7, 23]) reported = await crashWriter(t.url, reported + 2, extraMs);

      const store = await createStore({ url: t.url });
      try {
        if (dialect === 'sqlite') {
          const { rows } = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(
            t.raw,
          );
          expect(rows.map((r) => r.integrity_check)).toEqual(['ok']);
        }
        const documents = await store.documents.list();
        // Each run reports before the next begins, so at least every reported pair is there.
        expect(documents.length).toBeGreaterThanOrEqual(reported);
        for (const document of documents) {
          const items = await store.items.list({ documentId: document.id });
          expect(items, document.id).toHaveLength(6); // the sample's items: whole, never part
        }
        // An item's version counts its changes; each change wrote its history entry with it.
        for (const item of await store.items.list()) {
          const history = await store.history.list({ entity: 'item', entityId: item.id });
          expect(history, item.id).toHaveLength(item.version - 1);
        }
      } finally {
        await store.close();
      }
    });
  });
}
