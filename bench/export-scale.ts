/**
 * Export scale (issue 13: exports stream): times one scorecard export through the app, as
 * the server writes it (`LantuApp.streamScorecardExport`), counting its bytes without
 * keeping them, and samples the process's resident memory meanwhile. The store is opened
 * read-only: nothing is written to it (its statuses must be stored already, as the
 * store-scale and api-scale benchmarks leave them).
 *
 *   npx tsx bench/export-scale.ts [--db FILE] [--as-of DATE] [--format csv|xlsx|json]
 *                                 [--year YYYY] [--jurisdiction CODE] [--sort KEY]
 *                                 [--direction asc|desc] [--max-rows N] [--json]
 *
 * Defaults: /tmp/lantu-bench/api-scale-10m.sqlite (1M targets, statuses stored for
 * 2026-03-01), as of 2026-03-01, CSV, no filter (every row), no sort. `--year 2025` selects
 * about a tenth of that store (its targets are due 2021–2030 in turn).
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { createAppContext } from '../packages/app/src/app-context.js';
import { EXPORT_SORTS, type ExportSort } from '../packages/app/src/export/export-order.js';
import { streamScorecardExport } from '../packages/app/src/export/export-use-case.js';
import type { ExportFormat, ScorecardFilter } from '../packages/app/src/index.js';
import { createStore } from '../packages/store/src/index.js';
import { machine } from './lib/timing.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: '/tmp/lantu-bench/api-scale-10m.sqlite' },
    'as-of': { type: 'string', default: '2026-03-01' },
    format: { type: 'string', default: 'csv' },
    year: { type: 'string' },
    jurisdiction: { type: 'string' },
    sort: { type: 'string' },
    direction: { type: 'string', default: 'asc' },
    'max-rows': { type: 'string', default: '10000000' },
    json: { type: 'boolean', default: false },
  },
});

const format = values.format as ExportFormat;
if (!['csv', 'xlsx', 'json'].includes(format)) throw new Error('--format: csv, xlsx or json');
const sort = values.sort as ExportSort | undefined;
if (sort !== undefined && !EXPORT_SORTS.includes(sort)) {
  throw new Error(`--sort: one of ${EXPORT_SORTS.join(', ')}`);
}
const direction = values.direction === 'desc' ? 'desc' : 'asc';
const filter: ScorecardFilter = {
  ...(values.year === undefined ? {} : { year: Number(values.year) }),
  ...(values.jurisdiction === undefined ? {} : { jurisdiction: values.jurisdiction }),
};

const mb = (bytes: number): number => Math.round(bytes / 1e5) / 10;

const store = await createStore({ url: `sqlite:${values.db}`, readOnly: true });
const ctx = createAppContext(store, values['as-of']);
const rssBefore = process.memoryUsage().rss;
let rssPeak = rssBefore;
const sampler = setInterval(() => {
  rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
}, 50);
const t0 = performance.now();
const file = await streamScorecardExport(ctx, format, filter, {
  sort,
  direction,
  maxRows: Number(values['max-rows']),
});
let firstByteMs: number | undefined;
let bytes = 0;
let lines = 0;
for await (const chunk of file.chunks) {
  firstByteMs ??= performance.now() - t0;
  bytes += chunk.length;
  if (format === 'csv') for (const b of chunk) if (b === 0x0a) lines += 1;
}
const seconds = (performance.now() - t0) / 1000;
clearInterval(sampler);
rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
await store.close();

const result = {
  file: file.fileName,
  format,
  filter,
  sort: sort ?? null,
  direction,
  rows: format === 'csv' ? lines - 1 : null,
  seconds: Math.round(seconds * 10) / 10,
  first_byte_s: Math.round((firstByteMs ?? 0) / 100) / 10,
  mb: mb(bytes),
  rss_before_mb: mb(rssBefore),
  rss_peak_mb: mb(rssPeak),
  machine: machine(),
};
if (values.json) console.log(JSON.stringify(result));
else {
  console.log(
    `${format} ${JSON.stringify(filter)} sort=${sort ?? '-'}: ${result.rows ?? '?'} rows, ` +
      `${result.mb} MB in ${result.seconds} s (first byte ${result.first_byte_s} s), ` +
      `RSS ${result.rss_before_mb} → peak ${result.rss_peak_mb} MB`,
  );
}
