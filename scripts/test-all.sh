#!/usr/bin/env bash
# The full test suite: what the README's test command runs and what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-system-deps.sh
[ -d node_modules ] || npm ci
npx tsc -p tsconfig.json
npx tsc -p packages/web/tsconfig.json
npx eslint .
npx vitest run
