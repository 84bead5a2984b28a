/**
 * @module
 * The composition root: configuration from the environment, the app over its store, the
 * bundled corpus on first start, the HTTP server on HOST:PORT.
 */
import { serve } from '@hono/node-server';
import {
  createAccounts,
  createReadPool,
  openLantu,
  type LantuApp,
  type ReadPool,
} from '@lantu/app';
import { isLantuError } from '@lantu/core';
import { authSecret } from './auth/auth-secret.js';
import { ingestCorpusIfEmpty } from './bundled-corpus.js';
import { parseConfig } from './config.js';
import { createServer } from './create-server.js';
import { closePosterIfLoaded } from './poster-renderer.js';
import { startAccounts } from './start-accounts.js';
import { startSupervision, supervisionOptions } from './start-supervision.js';

async function main(): Promise<void> {
  const config = parseConfig(process.env);
  // Uploaded files are read in worker threads with a time and memory cap per file, so a
  // hostile file fails alone while this thread keeps answering. One worker is kept warm, so
  // the first upload after a quiet spell does not spend its time limit starting a worker.
  const readPool = createReadPool({ ...config.readPool, keepWarm: true });
  const app = await openLantu({ url: config.dbUrl, asOf: config.asOf, readPool });
  const ingested = await ingestCorpusIfEmpty(app, config.corpusDir);
  if (ingested !== null) {
    const ok = ingested.filter((r) => r.ok).length;
    console.log(`First start: read ${ok} of ${ingested.length} bundled Yiwu documents.`);
    for (const r of ingested) if (!r.ok) console.error(`  ${r.fileName}: ${r.code} ${r.message}`);
  }
  // Scorecard pages are then read from stored statuses; what is stored already is kept,
  // so a restart over a large store does not compute every status again.
  await app.refreshStatuses({ missingOnly: true });
  const accounts = createAccounts(app.store, {
    baseUrl: config.baseUrl,
    secret: await authSecret(config.authSecret, config.authSecretFile),
    trustedOrigins: config.trustedOrigins,
    signInLimit: config.signInLimit,
    ...(config.secureCookies === undefined ? {} : { secureCookies: config.secureCookies }),
  });
  await startAccounts(app, accounts, config.demoAccounts);
  const server = createServer({
    app,
    accounts,
    trustedOrigins: config.trustedOrigins,
    trustProxy: config.trustProxy,
    unreviewed: config.unreviewed,
    uploadLimitBytes: config.uploadLimitBytes,
    webDist: config.webDist,
    allowedHosts: config.allowedHosts,
    bodyLimitBytes: config.bodyLimitBytes,
    uploadsPerMinute: config.uploadsPerMinute,
    renderSlots: config.renderSlots,
    renderQueue: config.renderQueue,
    exportMaxRows: config.exportMaxRows,
    exportSlots: config.exportSlots,
    supervision: supervisionOptions(process.env),
  });
  const schedule = await startSupervision(app, config.dbUrl, process.env);
  const http = serve({ fetch: server.fetch, port: config.port, hostname: config.host }, (info) => {
    console.log(`Lantu 蓝图 running at http://${config.host}:${info.port}`);
  });
  const stop = (): void => {
    http.close(() => {
      void schedule
        .stop()
        .then(() => shutDown(app, readPool))
        .then(() => process.exit(0));
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Closes the store, the reading workers, and the poster's headless browser if a poster was drawn. */
async function shutDown(app: LantuApp, readPool: ReadPool): Promise<void> {
  await Promise.allSettled([app.close(), readPool.close(), closePosterIfLoaded()]);
}

main().catch((error: unknown) => {
  console.error(isLantuError(error) ? `${error.code}: ${error.message}` : error);
  process.exit(1);
});
