/**
 * @module
 * The Lantu HTTP server: `createServer({ app })` is a Request → Response function over a
 * `LantuApp` (docs/api.md); `main.ts` serves it.
 */
export {
  createServer,
  OPENAPI_PATH,
  type LantuServer,
  type ServerOptions,
} from './create-server.js';
export { ROUTE_POLICIES, type RoutePolicy } from './auth/route-policy.js';
export { parseConfig, type ServerConfig } from './config.js';
export { ingestCorpusIfEmpty, readCorpus } from './bundled-corpus.js';
export { ERROR_STATUS, errorStatus } from './error-status.js';
export { DEFAULT_UPLOAD_LIMIT_BYTES, UPLOAD_EXTENSIONS } from './uploads/upload-policy.js';
