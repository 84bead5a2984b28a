/**
 * Scores the reading grammar on the Yiwu fixtures and on the development
 * corpus of real non-Yiwu documents (fixtures/corpus), for developers
 * iterating on the grammar.
 *
 *   npx tsx scripts/score-corpus.ts [--corpus yiwu|dev|all] [--verbose] [--max N]
 *                                   [--doc S] [--json] [--check]
 *
 * For each corpus it prints the detailed Yiwu-style report (Yiwu only, unless
 * --verbose), then one table: per document, per document kind and for the
 * corpus, the figures value, strict, targets, actuals, milestones, outline and
 * frameworks (F1 with matched/predicted/gold counts); then the rate of
 * published target sentences read as targets with the right value and qualifier.
 *
 * --corpus   which corpus to score (default all)
 * --verbose  list every miss, spurious entry and field disagreement (both corpora)
 * --max N    list at most N misses / spurious per list per document (default 8)
 * --doc S    only documents whose file name contains S
 * --json     print the figures as JSON instead of text
 * --check    exit 1 when the Yiwu corpus is below the golden test's thresholds
 */
import { parseArgs } from 'node:util';
import { readDocument } from '../packages/core/src/extract/read-document.js';
import {
  formatBreakdownTable,
  formatScoreReport,
  groupBreakdowns,
  scoreBreakdown,
  scoreCorpus,
  scoreTargetSentences,
  sumBreakdowns,
  type BreakdownRow,
} from '../packages/core/src/score/index.js';
import {
  loadDevCorpusFixtures,
  loadTargetSentences,
} from '../packages/core/test/support/dev-corpus-fixtures.js';
import {
  GOLDEN_THRESHOLDS,
  loadYiwuFixtures,
  type Fixture,
} from '../packages/core/test/support/yiwu-fixtures.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'all' },
    verbose: { type: 'boolean', default: false },
    max: { type: 'string' },
    doc: { type: 'string' },
    json: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
  },
});

const maxListed = values.max !== undefined ? Number(values.max) : values.verbose ? Infinity : 8;
if (!Number.isInteger(maxListed) && maxListed !== Infinity) {
  console.error(`--max wants a whole number, got ${values.max ?? ''}`);
  process.exit(2);
}
if (!['yiwu', 'dev', 'all'].includes(values.corpus)) {
  console.error(`--corpus wants yiwu, dev or all, got ${values.corpus}`);
  process.exit(2);
}

const corpora: { name: string; fixtures: Fixture[]; detailed: boolean }[] = [];
if (values.corpus !== 'dev')
  corpora.push({ name: 'yiwu', fixtures: loadYiwuFixtures(), detailed: true });
if (values.corpus !== 'yiwu') {
  corpora.push({ name: 'dev', fixtures: loadDevCorpusFixtures(), detailed: values.verbose });
}

const json: Record<string, unknown> = {};
let yiwuPass = true;
for (const corpus of corpora) {
  const fixtures = corpus.fixtures.filter(
    (f) => values.doc === undefined || f.file.includes(values.doc),
  );
  if (fixtures.length === 0) continue;
  const readings = fixtures.map((f) => ({
    fixture: f,
    reading: readDocument({ text: f.text, meta: f.meta }),
  }));
  const report = scoreCorpus(readings.map((r) => ({ reading: r.reading, gold: r.fixture.gold })));
  const rows = readings.map((r) => ({
    name: r.fixture.file,
    group: `kind: ${r.fixture.meta.kind ?? 'other'}`,
    breakdown: scoreBreakdown(r.reading, r.fixture.gold),
  }));
  const total: BreakdownRow = {
    name: `${corpus.name} corpus (${rows.length} documents)`,
    breakdown: sumBreakdowns(rows.map((r) => r.breakdown)),
  };
  const table: BreakdownRow[] = [...rows, ...groupBreakdowns(rows), total];
  if (corpus.name === 'yiwu') {
    const { value, full } = report.corpus.items;
    yiwuPass = value.f1 >= GOLDEN_THRESHOLDS.valueF1 && full.f1 >= GOLDEN_THRESHOLDS.fullF1;
  }
  if (values.json) {
    json[corpus.name] = { report, breakdown: table };
    continue;
  }
  console.log(`\n=== ${corpus.name} corpus ===`);
  if (corpus.detailed)
    console.log(formatScoreReport(report, { maxListed, verbose: values.verbose }));
  console.log('\nF1 matched/predicted/gold per figure:');
  console.log(formatBreakdownTable(table));
  if (corpus.name === 'yiwu') {
    const { value, full } = report.corpus.items;
    console.log(
      `\ngolden bar: value-F1 ${value.f1.toFixed(3)} / ${GOLDEN_THRESHOLDS.valueF1}, ` +
        `full-F1 ${full.f1.toFixed(3)} / ${GOLDEN_THRESHOLDS.fullF1}`,
    );
  }
}

if (values.corpus !== 'yiwu' && values.doc === undefined) {
  const sentences = loadTargetSentences();
  const rate = scoreTargetSentences(
    sentences,
    (s) =>
      readDocument({
        text: s.sentence,
        meta: {
          title: s.title,
          date: s.date,
          jurisdiction: s.jurisdiction,
          kind: 'work-report',
          horizon: Number(s.date.slice(0, 4)),
        },
      }).items,
  );
  if (values.json) {
    json['targetSentences'] = { right: rate.right, total: rate.total };
  } else {
    const pct = rate.total === 0 ? 0 : (100 * rate.right) / rate.total;
    console.log(
      `\npublished target sentences read as targets with the right value and qualifier: ` +
        `${rate.right} of ${rate.total} (${pct.toFixed(1)}%)`,
    );
    if (values.verbose) for (const s of rate.wrong) console.log(`  ✗ ${s.title}: ${s.sentence}`);
  }
}

if (values.json) console.log(JSON.stringify(json, null, 2));
if (values.check) process.exitCode = yiwuPass ? 0 : 1;
