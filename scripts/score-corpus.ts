/**
 * Scores the reading grammar on the Yiwu fixtures and prints the report the
 * golden test prints: for developers iterating on the grammar.
 *
 *   npx tsx scripts/score-corpus.ts [--verbose] [--max N] [--doc 003] [--json] [--check]
 *
 * --verbose  list every miss, spurious entry and field disagreement
 * --max N    list at most N misses / spurious per list per document (default 8)
 * --doc S    only documents whose file name contains S (corpus figures cover those)
 * --json     print the ScoreReport as JSON instead of text
 * --check    exit 1 when the corpus is below the golden test's thresholds
 */
import { parseArgs } from 'node:util';
import { readDocument } from '../packages/core/src/extract/read-document.js';
import { formatScoreReport, scoreCorpus } from '../packages/core/src/score/index.js';
import {
  GOLDEN_THRESHOLDS,
  loadYiwuFixtures,
} from '../packages/core/test/support/yiwu-fixtures.js';

const { values } = parseArgs({
  options: {
    verbose: { type: 'boolean', default: false },
    max: { type: 'string' },
    doc: { type: 'string' },
    json: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
  },
});

const fixtures = loadYiwuFixtures().filter(
  (f) => values.doc === undefined || f.file.includes(values.doc),
);
if (fixtures.length === 0) {
  console.error(`no fixture file name contains ${values.doc ?? ''}`);
  process.exit(2);
}

const report = scoreCorpus(
  fixtures.map((f) => ({ reading: readDocument({ text: f.text, meta: f.meta }), gold: f.gold })),
);

if (values.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const maxListed = values.max !== undefined ? Number(values.max) : values.verbose ? Infinity : 8;
  if (!Number.isInteger(maxListed) && maxListed !== Infinity) {
    console.error(`--max wants a whole number, got ${values.max ?? ''}`);
    process.exit(2);
  }
  console.log(formatScoreReport(report, { maxListed, verbose: values.verbose }));
  const { value, full } = report.corpus.items;
  console.log(
    `\ngolden bar: value-F1 ${value.f1.toFixed(3)} / ${GOLDEN_THRESHOLDS.valueF1}, ` +
      `full-F1 ${full.f1.toFixed(3)} / ${GOLDEN_THRESHOLDS.fullF1}`,
  );
}

if (values.check) {
  const { value, full } = report.corpus.items;
  const pass = value.f1 >= GOLDEN_THRESHOLDS.valueF1 && full.f1 >= GOLDEN_THRESHOLDS.fullF1;
  process.exitCode = pass ? 0 : 1;
}
