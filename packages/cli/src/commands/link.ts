import type { CliIo } from '../io.js';
import { formatJson } from '../output/reading-json.js';
import type { LinkOptions } from './link-options.js';
import { withApp } from './open-app.js';

/**
 * `lantu link`: without --item, runs the automatic linker over every unlinked target and
 * actual (people's links are kept). With --item, records a person's link of that item
 * (`--indicator none` unlinks), which the automatic linker will not replace.
 */
export async function runLink(options: LinkOptions, io: CliIo): Promise<number> {
  await withApp({ db: options.db }, async (app) => {
    if (options.item === undefined) {
      const result = await app.linkAll({ actor: options.actor });
      io.stdout.write(options.json ? formatJson(result) : `linked ${result.linked} items\n`);
      return;
    }
    const patch: Record<string, unknown> = {};
    if (options.indicator !== undefined) {
      patch['indicator_code'] = options.indicator === 'none' ? null : options.indicator;
    }
    if (options.jurisdiction !== undefined) patch['jurisdiction_code'] = options.jurisdiction;
    const item = await app.changeItem(options.item, {
      action: 'correct',
      patch,
      actor: options.actor,
    });
    io.stdout.write(
      options.json
        ? formatJson(item)
        : `linked ${item.id} to ${item.indicator_code ?? 'no indicator'} (${item.jurisdiction_code ?? 'no jurisdiction'}), by ${options.actor}\n`,
    );
  });
  return 0;
}
