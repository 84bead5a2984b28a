import { readFileSync } from 'node:fs';
import { readDocument } from '../packages/core/src/extract/read-document.js';
const man = JSON.parse(readFileSync('fixtures/corpus/manifest.json', 'utf8'));
const entries = Array.isArray(man) ? man : man.documents ?? man.files;
const f = process.argv[2]!;
const e = entries.find((x: { file: string }) => x.file === f);
const text = readFileSync('fixtures/corpus/docs/' + f, 'utf8');
const r = readDocument({ text, meta: { title: e.title, kind: e.kind, date: e.date, horizon: e.horizon, jurisdiction: e.jurisdiction } });
for (const i of r.items) console.log(i.start, i.kind, i.year, i.value, i.unit, JSON.stringify(i.metric), (i as any).kindReason ?? (i as any).reason ?? '', '«' + text.slice(i.start, i.end).slice(0, 40) + '»');
