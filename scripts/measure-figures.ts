/**
 * Issue 8's measurable promise: of the 十四五 targets that fell due in 2025 (the plan
 * proposals, horizon 2025), how many the public scorecard shows as 暂无数据, before and after
 * the planning office brings figures in through the new entry route; and what the targets
 * due 2021–2024 show. Run: `npx tsx scripts/measure-figures.ts` (a temporary SQLite store).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openFigures, openLantu, type LantuApp } from '@lantu/app';
import { ingestCorpusIfEmpty } from '../packages/server/src/bundled-corpus.js';

const REVIEWER = {
  userId: 'measure',
  name: '发改局（测量）',
  role: 'reviewer',
  unitId: null,
} as const;

async function counts(app: LantuApp) {
  const { rows } = await app.scorecard({ jurisdiction: '义乌市' });
  const plan = rows.filter((r) => r.item.kind === 'target' && r.document.kind === 'plan-proposal');
  const due2025 = plan.filter((r) => r.item.year === 2025);
  const early = plan.filter((r) => r.item.year !== null && r.item.year < 2025);
  const tally = (list: typeof rows) =>
    Object.fromEntries(
      [...new Set(list.map((r) => r.status.status))].map((s) => [
        s,
        list.filter((r) => r.status.status === s).length,
      ]),
    );
  return {
    due2025: due2025.length,
    due2025Status: tally(due2025),
    early: early.length,
    earlyStatus: tally(early),
    due2025Rows: due2025,
  };
}

const dir = await mkdtemp(join(tmpdir(), 'lantu-measure-'));
const app = await openLantu({ url: `sqlite:${join(dir, 'm.sqlite')}`, asOf: '2026-06-30' });
try {
  await ingestCorpusIfEmpty(app, join(import.meta.dirname, '../fixtures/yiwu/corpus'));
  const before = await counts(app);
  console.log('before:', JSON.stringify({ ...before, due2025Rows: undefined }));
  // The demo flow's data entry: one figure for each 2025 target with a value (what a
  // reviewer can do from the web app; a target no catalog indicator covers gets its own
  // series, see packages/app/src/figures/own-series.ts).
  const figures = openFigures(app);
  let entered = 0;
  let refused = 0;
  for (const row of before.due2025Rows.filter((r) => r.status.status === 'no-data')) {
    const { item } = row;
    const unit = item.unit ?? '';
    if (item.value === null) continue;
    try {
      await figures.enter(
        { itemId: item.id, period: '2025', value: item.value, unit, note: '测量：按目标值录入' },
        REVIEWER,
      );
      entered += 1;
    } catch (error) {
      refused += 1;
      console.log(`refused ${item.metric} ${item.value} ${unit}: ${(error as Error).message}`);
    }
  }
  const after = await counts(app);
  console.log(`entered ${entered} figures, ${refused} refused`);
  console.log('after:', JSON.stringify({ ...after, due2025Rows: undefined }));
  for (const row of after.due2025Rows.filter((r) => r.status.status === 'no-data')) {
    console.log(
      `still 暂无数据: ${row.item.metric} ${row.item.value ?? ''}${row.item.unit ?? ''} — ${row.status.explanation.zh}`,
    );
  }
} finally {
  await app.close();
  await rm(dir, { recursive: true, force: true });
}
