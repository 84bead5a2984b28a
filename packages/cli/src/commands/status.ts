import type { CliIo } from '../io.js';
import { formatJson } from '../output/reading-json.js';
import { renderScorecard } from '../output/scorecard-text.js';
import { withApp } from './open-app.js';
import type { StatusOptions } from './status-options.js';

/**
 * `lantu status`: the scorecard, every target with where it stands as of --as-of (default
 * today), as text grouped by document and section, or the Scorecard JSON with --json.
 */
export async function runStatus(options: StatusOptions, io: CliIo): Promise<number> {
  const card = await withApp({ db: options.db, asOf: options.asOf }, (app) =>
    app.scorecard({
      jurisdiction: options.jurisdiction,
      documentId: options.document,
      status: options.status,
      year: options.year,
    }),
  );
  io.stdout.write(options.json ? formatJson(card) : renderScorecard(card));
  return 0;
}
