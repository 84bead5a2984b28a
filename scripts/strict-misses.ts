/**
 * Lists the value-matched items that fail the strict test (year, comparator,
 * metric name), per corpus, so grammar work can start from the largest error
 * class. Developer diagnostic; not a test.
 *
 *   npx tsx scripts/strict-misses.ts [--corpus yiwu|dev]
 */
import { parseArgs } from 'node:util';
import { readDocument } from '../packages/core/src/extract/read-document.js';
import { metricMatches, scoreItems } from '../packages/core/src/score/index.js';
import { loadDevCorpusFixtures } from '../packages/core/test/support/dev-corpus-fixtures.js';
import { loadYiwuFixtures } from '../packages/core/test/support/yiwu-fixtures.js';

const { values } = parseArgs({ options: { corpus: { type: 'string', default: 'dev' } } });
const fixtures = values.corpus === 'yiwu' ? loadYiwuFixtures() : loadDevCorpusFixtures();
const counts = { year: 0, comparator: 0, metric: 0 };
for (const f of fixtures) {
  const reading = readDocument({ text: f.text, meta: f.meta });
  const scored = scoreItems(f.gold.items, reading.items);
  for (const pair of scored.pairs) {
    const g = f.gold.items[pair.gold];
    const p = reading.items[pair.predicted];
    if (!g || !p) continue;
    const wrong: string[] = [];
    if (g.year !== p.year) wrong.push(`year ${g.year ?? '∅'}≠${p.year ?? '∅'}`);
    if (g.comparator !== p.comparator) wrong.push(`cmp ${g.comparator}≠${p.comparator}`);
    if (!metricMatches(g.metric, p.metric)) wrong.push(`metric «${g.metric}»≠«${p.metric}»`);
    if (wrong.length === 0) continue;
    if (g.year !== p.year) counts.year++;
    if (g.comparator !== p.comparator) counts.comparator++;
    if (!metricMatches(g.metric, p.metric)) counts.metric++;
    console.log(`${f.file.slice(0, 24).padEnd(24)} ${wrong.join(' · ')}  «${p.text}»`);
  }
}
console.log(counts);
