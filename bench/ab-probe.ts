import { readDocument as now } from '../packages/core/src/extract/read-document.js';
import { readDocument as base } from '../.bench-base/packages/core/src/extract/read-document.js';
import { MB } from '../packages/core/test/support/adversarial-inputs.js';
import { buildParagraphCorpus, sliceCorpus } from './lib/build-corpus.js';
const meta = { title: 'bench', kind: 'five-year-plan', horizon: 2025, jurisdiction: '义乌市' } as const;
const text = sliceCorpus(buildParagraphCorpus(2 * MB), 2 * MB);
for (let i = 0; i < 2; i++) { now({ text, meta }); base({ text, meta }); }
const t = { now: [] as number[], base: [] as number[] };
for (let i = 0; i < 12; i++) {
  let c = process.cpuUsage(); base({ text, meta }); c = process.cpuUsage(c); t.base.push((c.user + c.system) / 1000);
  c = process.cpuUsage(); now({ text, meta }); c = process.cpuUsage(c); t.now.push((c.user + c.system) / 1000);
}
const min = (a: number[]) => Math.min(...a);
const med = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1]!;
console.log('base min/med', min(t.base).toFixed(0), med(t.base).toFixed(0), 'now min/med', min(t.now).toFixed(0), med(t.now).toFixed(0), 'ratio(min)', (min(t.now) / min(t.base)).toFixed(3), 'ratio(med)', (med(t.now) / med(t.base)).toFixed(3));
