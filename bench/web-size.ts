/**
 * First-load JavaScript of the web app, gzipped: the entry script and the chunks
 * index.html preloads, i.e. what a browser fetches before the overview can render.
 * Lazy chunks (the other pages, ECharts with the indicator page) are listed apart.
 *
 *   npx tsx bench/web-size.ts [--no-build] [--json]
 *
 * Builds packages/web into packages/web/dist first unless --no-build.
 * Goal (bench/README.md): first-load JS ≤ 300 KB gzip (KB = 1024 bytes).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const GOAL_KB = 300;
const WEB = fileURLToPath(new URL('../packages/web/', import.meta.url));
const DIST = join(WEB, 'dist');

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

if (!values['no-build']) {
  // Imported only when building, so --no-build works without Vite's dependencies loaded.
  const { build } = await import('vite');
  const { viteConfig } = await import('../packages/web/vite.config.js');
  await build({ ...viteConfig, configFile: false, logLevel: 'warn' });
}

/** Paths (relative to dist) of the scripts index.html loads at once. */
function firstLoadScripts(html: string): string[] {
  const found = new Set<string>();
  const script = /<script[^>]*type="module"[^>]*src="([^"]+)"/g;
  const preload = /<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g;
  for (const pattern of [script, preload]) {
    for (const match of html.matchAll(pattern))
      if (match[1]) found.add(match[1].replace(/^\.?\//, ''));
  }
  return [...found];
}

interface Asset {
  readonly file: string;
  readonly bytes: number;
  readonly gzip: number;
}

async function measure(file: string): Promise<Asset> {
  const content = await readFile(join(DIST, file));
  return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

const html = await readFile(join(DIST, 'index.html'), 'utf8');
const first = await Promise.all(firstLoadScripts(html).map(measure));
const assets = (await readdir(join(DIST, 'assets'))).map((name) => `assets/${name}`);
const lazy = await Promise.all(
  assets.filter((file) => file.endsWith('.js') && !first.some((a) => a.file === file)).map(measure),
);
const css = await Promise.all(assets.filter((file) => file.endsWith('.css')).map(measure));

const kb = (n: number) => n / 1024;
const total = (list: readonly Asset[]) => list.reduce((sum, a) => sum + a.gzip, 0);
const firstGzip = total(first);
const result = {
  firstLoadJsGzipKB: Number(kb(firstGzip).toFixed(1)),
  goalKB: GOAL_KB,
  withinGoal: kb(firstGzip) <= GOAL_KB,
  firstLoad: first,
  css,
  lazy: [...lazy].sort((a, b) => b.gzip - a.gzip),
};

if (values.json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const row = (a: Asset) => `| ${a.file} | ${kb(a.bytes).toFixed(1)} | ${kb(a.gzip).toFixed(1)} |`;
  console.log('First load (entry + modulepreload):\n');
  console.log('| file | KB | KB gzip |\n|---|---|---|');
  for (const a of first) console.log(row(a));
  console.log(
    `\nFirst-load JS: ${kb(firstGzip).toFixed(1)} KB gzip (goal ≤ ${GOAL_KB} KB) ${result.withinGoal ? '✓' : '✗'}`,
  );
  console.log(`CSS: ${kb(total(css)).toFixed(1)} KB gzip`);
  console.log('\nLoaded on demand:\n');
  console.log('| file | KB | KB gzip |\n|---|---|---|');
  for (const a of result.lazy) console.log(row(a));
}
