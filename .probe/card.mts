import { writeFileSync } from 'node:fs';
import { openTestServer } from '../packages/server/test/yiwu-server.js';
import { closePosterIfLoaded } from '../packages/server/src/poster-renderer.js';
const t = await openTestServer();
const card = (await (await t.server.request('/api/scorecard?status=missed')).json()) as { rows: { item: { id: string } }[] };
const id = card.rows[0]!.item.id;
for (const lang of ['zh', 'en']) {
  const res = await t.server.request(`/api/share-card?item=${id}&lang=${lang}`);
  writeFileSync(`/tmp/ncdbg/card-${lang}.png`, new Uint8Array(await res.arrayBuffer()));
}
await closePosterIfLoaded();
await t.close();
