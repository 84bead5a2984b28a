/**
 * The `lantu` executable (run by bin/lantu.mjs): wires the real process and
 * file system into the CLI. Everything testable lives in program.ts.
 */
import { nodeIo } from './node-io.js';
import { runCli } from './program.js';

// exitCode, not process.exit(): exit() can cut off output still queued for a pipe.
process.exitCode = await runCli(process.argv, nodeIo());
