#!/usr/bin/env bash
# `npm start` at the repository root: builds the web app if it has not been built, then
# runs the server (packages/server/src/main.ts) with tsx. Configuration comes from the
# environment: PORT, HOST, LANTU_DB, LANTU_AS_OF, LANTU_UPLOAD_LIMIT_MB.
set -euo pipefail
cd "$(dirname "$0")/../../.."

if [ ! -f packages/web/dist/index.html ]; then
  echo "Building the web app (packages/web/dist is missing)…"
  npm run build -w @lantu/web
fi

# exec, so that Ctrl-C and SIGTERM reach the server, which closes the store cleanly.
exec node_modules/.bin/tsx packages/server/src/main.ts
