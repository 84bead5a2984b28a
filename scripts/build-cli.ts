// Bundles the CLI into packages/cli/dist: lantu.mjs (the program) and read-worker.mjs (the
// reading worker the pool starts; read-pool.ts finds it beside the bundle). Workspace
// packages (@lantu/*, TypeScript) and most npm packages are compiled in: one file parses
// faster than Node resolves and loads hundreds of small ones. Packages with native code or
// data files they find beside themselves stay imports from node_modules.
// Run: npm run build:cli
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const outdir = new URL('../packages/cli/dist/', import.meta.url).pathname;

/** Loaded from node_modules at run time: native addons, or files found beside themselves. */
const EXTERNAL = [
  'better-sqlite3',
  'pg-native',
  '@node-rs/argon2',
  'pdfjs-dist',
  'piscina',
  'playwright-core',
  'tsx',
];

const started = performance.now();
// Chunk names carry content hashes: without a clean directory old chunks pile up beside new ones.
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: {
    lantu: 'packages/cli/src/main.ts',
    'read-worker': 'packages/readers/src/pool/read-worker.ts',
  },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true, // code both entries use (core, readers) is one shared chunk
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  external: EXTERNAL.flatMap((name) => [name, `${name}/*`]),
  // Bundled CommonJS packages call require(); ESM output needs one made for them.
  banner: {
    js: [
      '// Built by scripts/build-cli.ts from packages/*/src; do not edit.',
      "import { createRequire as __lantuCreateRequire } from 'node:module';",
      'const require = __lantuCreateRequire(import.meta.url);',
    ].join('\n'),
  },
});
console.log(`built ${outdir} in ${Math.round(performance.now() - started)} ms`);
