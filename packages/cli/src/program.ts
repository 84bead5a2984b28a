import { DOCUMENT_KINDS } from '@lantu/core';
import { Command, CommanderError, Option } from 'commander';
import packageJson from '../package.json' with { type: 'json' };
import { runExtract } from './commands/extract.js';
import { parseExtractOptions } from './commands/extract-options.js';
import { EXIT_CODES, EXIT_OK, EXIT_USAGE } from './exit-codes.js';
import type { CliIo } from './io.js';
import { toLantuError } from './to-lantu-error.js';

/**
 * Builds the `lantu` command tree. Actions report their exit code through
 * `setExitCode` instead of exiting, so the whole CLI can run in-process.
 */
export function createProgram(io: CliIo, setExitCode: (code: number) => void): Command {
  const program = new Command('lantu')
    .description('Read Chinese government planning documents and track their targets.')
    .version(packageJson.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show help for a command')
    .showHelpAfterError('(run "lantu help" for usage)')
    // Throw instead of process.exit(), and write through io so tests can capture it.
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
      // Same `lantu: ` prefix as our own errors, so scripts can grep one pattern.
      outputError: (text, write) => write(`lantu: ${text.replace(/^error: /u, '')}`),
      getOutHelpWidth: () => io.stdout.columns ?? 80,
      getErrHelpWidth: () => io.stderr.columns ?? 80,
    });

  program
    .command('extract')
    .description('read documents (规划、报告、建议) into outline, items and frameworks')
    .argument('<files...>', 'files to read, or directories to read every supported file of')
    .option('-o, --out <dir>', 'write <dir>/<file name>.json per file (created if missing)')
    .option('-m, --manifest <file>', 'manifest.json giving title, kind, date, horizon per file')
    .addOption(
      new Option('--json', 'without --out: print the readings as a JSON array').conflicts('out'),
    )
    .option('--title <title>', 'document title (one file only); overrides the manifest')
    .addOption(
      new Option('--kind <kind>', 'document kind; overrides the manifest').choices(DOCUMENT_KINDS),
    )
    .option('--date <date>', 'issue date, YYYY-MM-DD; overrides the manifest')
    .option('--horizon <year>', 'year targets fall due when none is named; overrides the manifest')
    .option('--jurisdiction <name>', 'jurisdiction, e.g. 义乌市; overrides the manifest')
    .option('--issuer <name>', 'issuing body, e.g. 义乌市人民政府; overrides the manifest')
    .addHelpText(
      'after',
      `
Without --out each reading is printed as a table. A file that cannot be read
is reported as "lantu: <file>: <reason>" and the others are still processed.

Exit codes: 0 all files read, 1 some files failed, 2 usage error,
3 invalid manifest, 70 internal error.

Example:
  lantu extract corpus/ --manifest corpus/manifest.json --out readings/`,
    )
    .action(async (inputs: string[], flags: unknown) => {
      setExitCode(await runExtract(parseExtractOptions(inputs, flags), io));
    });

  return program;
}

/**
 * Runs the CLI on `argv` (process.argv layout: node, script, args…) and
 * resolves to the exit code. Errors are printed as `lantu: <message>`; it
 * never throws and never exits the process.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = EXIT_OK;
  const program = createProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its message or the help already; exitCode 0 is --help/--version.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    const lantuError = toLantuError(error);
    io.stderr.write(`lantu: ${lantuError.message}\n`);
    return EXIT_CODES[lantuError.code];
  }
}
