/**
 * Child-process entry for the robustness test: rebuilds one named fixed input
 * (FIXED_INPUTS), reads it and prints the offset violations as JSON. Run as
 * `node --import tsx read-fixed-input.ts <name>`. A separate process because
 * synchronous code cannot be interrupted: in-process, a quadratic grammar
 * would make vitest wait for it to finish before reporting the timeout.
 */
import { readDocument } from '../../src/extract/read-document.js';
import { FIXED_INPUTS } from './adversarial-inputs.js';
import { offsetViolations } from './offset-invariants.js';

const name = process.argv[2] ?? '';
const build = FIXED_INPUTS.get(name);
if (build === undefined) {
  console.error(`unknown fixed input: ${name}`);
  process.exit(2);
}
const text = build();
const reading = readDocument({ text, meta: { horizon: 2025, kind: 'five-year-plan' } });
process.stdout.write(JSON.stringify(offsetViolations(text, reading)));
