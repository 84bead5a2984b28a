/**
 * A child process for crash.test.ts: opens the store at argv[2] and, until killed, ingests
 * one new document and corrects one of its items, printing `committed N` after each pair
 * of writes has returned.
 */
import { createStore } from '../src/create-store.js';
import { sampleIngest } from './sample-reading.js';

const url = process.argv[2];
if (url === undefined) throw new Error('usage: crash-writer.ts STORE_URL');
const store = await createStore({ url });
await store.jurisdictions.seedDefaults();
for (let n = 0; ; n += 1) {
  // A long suffix makes each ingest a bigger transaction, so a kill often lands inside one.
  const { documentId } = await store.documents.ingestReading(
    sampleIngest({ suffix: `\n附${n}${'。'.repeat(20_000)}` }),
  );
  const [item] = await store.items.list({ documentId, limit: 1 });
  if (item !== undefined) await store.items.updateItem(item.id, { value: 1000 + n }, 'crash');
  process.stdout.write(`committed ${n}\n`);
}
