#!/usr/bin/env bash
# The full test suite: what the README's test command runs and what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-system-deps.sh
[ -d node_modules ] || npm ci
npx tsc -p tsconfig.json
npx tsc -p packages/web/tsconfig.json
npx eslint .
report="$(mktemp -d)/vitest.json"
# Every project: unit, store (real SQLite and PostgreSQL), web components, browser end-to-end.
npx vitest run --reporter=default --reporter=json --outputFile="$report"
# One plain closing line with the counts, for anyone reading the log from the end.
node -e "const r=require(process.argv[1]); console.log(r.numPassedTests+' passed, '+r.numFailedTests+' failed'+(r.numPendingTests?', '+r.numPendingTests+' skipped':''))" "$report"
