/**
 * Milliseconds to render the Yiwu 2026 work report poster (fixture 003) with a warm
 * browser: one untimed render launches Chromium, then `--runs N` (default 10) renders of
 * each format are timed one after another, the way the server reuses its browser.
 *
 *   npx tsx bench/poster-render.ts [--json] [--runs N] [--format png|pdf|html|all]
 *
 * Goal (bench/README.md): p50 and max at most 2 s per PNG or PDF.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import {
  closePosterBrowser,
  renderPoster,
  type PosterFormat,
} from '../packages/poster/src/index.js';
import { yiwuPosterInput } from '../packages/poster/test/support/yiwu-poster-input.js';
import { formatMs, machine } from './lib/timing.js';

const GOAL_MS = 2000;
const FORMATS: readonly PosterFormat[] = ['png', 'pdf', 'html'];

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    runs: { type: 'string' },
    format: { type: 'string', default: 'all' },
  },
});
const runs = values.runs === undefined ? 10 : Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  throw new Error(`--runs wants a positive whole number, got ${values.runs}`);
}
const formats =
  values.format === 'all' ? FORMATS : FORMATS.filter((format) => format === values.format);
if (formats.length === 0)
  throw new Error(`--format wants png, pdf, html or all, got ${values.format}`);

/** The value below which `share` of the sorted samples fall (nearest rank). */
function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)] ?? NaN;
}

const input = yiwuPosterInput();
try {
  const launchStart = performance.now();
  await renderPoster(input, 'png');
  const coldMs = performance.now() - launchStart;

  const rows = [];
  for (const format of formats) {
    const samples: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const poster = await renderPoster(input, format);
      samples.push(performance.now() - t0);
      bytes = poster.bytes.byteLength;
    }
    const sorted = [...samples].sort((a, b) => a - b);
    const p50 = percentile(sorted, 0.5);
    const max = sorted.at(-1) ?? NaN;
    rows.push({ format, runs, p50, max, bytes, ok: max <= GOAL_MS });
  }

  if (values.json) {
    console.log(JSON.stringify({ machine: machine(), coldMs, goalMs: GOAL_MS, rows }, null, 2));
  } else {
    const m = machine();
    console.log(`${m.cpu} (${m.cpus} CPUs), ${m.platform}, Node ${m.node}`);
    console.log(`first render (launches Chromium): ${formatMs(coldMs)} ms`);
    console.log('| format | runs | p50 ms | max ms | bytes | goal ≤ 2 s |');
    console.log('|---|---|---|---|---|---|');
    for (const r of rows) {
      console.log(
        `| ${r.format} | ${r.runs} | ${formatMs(r.p50)} | ${formatMs(r.max)} | ${r.bytes.toLocaleString('en')} | ${r.ok ? '✓' : '✗'} |`,
      );
    }
  }
} finally {
  await closePosterBrowser();
}
