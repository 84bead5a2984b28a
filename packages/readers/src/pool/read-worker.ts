/**
 * The worker thread's entry: piscina calls the default export once per file. Bundled as
 * its own file next to the compiled CLI (see scripts/build-cli.ts); from source it is
 * loaded through read-worker.mjs, which registers tsx first.
 */
export { runReadTask as default } from './read-task.js';
