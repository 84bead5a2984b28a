import { Command, CommanderError, Option } from 'commander';
import packageJson from '../package.json' with { type: 'json' };
import { EXIT_CODES, EXIT_OK, EXIT_USAGE } from './exit-codes.js';
import type { CliIo } from './io.js';

/**
 * Core's closed lists that options offer as choices. Absent when no subcommand runs
 * (`lantu`, `lantu --version`, `lantu --help`): core is the heaviest module of the CLI
 * (0.1–0.25 s to load on a busy 2-core machine), and those need none of it.
 */
export interface CoreChoices {
  readonly documentKinds: readonly string[];
  readonly statusCodes: readonly string[];
}

/**
 * Builds the `lantu` command tree. Each command's implementation and its flag parser (zod)
 * are imported when it runs, so `lantu --version` or `--help` loads only commander. Actions
 * report their exit code through `setExitCode` instead of exiting, so the whole CLI can run
 * in-process.
 */
export function createProgram(
  io: CliIo,
  setExitCode: (code: number) => void,
  choices?: CoreChoices,
): Command {
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

  const extract = program
    .command('extract')
    .description('read documents (规划、报告、建议) into outline, items and frameworks')
    .argument('<files...>', 'files to read, or directories to read every supported file of')
    .option('-o, --out <dir>', 'write <dir>/<file name>.json per file (created if missing)')
    .option('-m, --manifest <file>', 'manifest.json giving title, kind, date, horizon per file')
    .addOption(
      new Option('--json', 'without --out: print the readings as a JSON array').conflicts('out'),
    );
  addMetaOptions(extract, choices)
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
      const { parseExtractOptions } = await import('./commands/extract-options.js');
      const { runExtract } = await import('./commands/extract.js');
      setExitCode(await runExtract(parseExtractOptions(inputs, flags), io));
    });

  const ingest = program
    .command('ingest')
    .description('read documents and store them with their targets, links and figures')
    .argument('<files...>', 'files to ingest, or directories to ingest every supported file of')
    .option('-m, --manifest <file>', 'manifest.json giving title, kind, date, horizon per file')
    .option('--json', 'print the per-file results as JSON');
  addStoreOptions(addMetaOptions(ingest, choices))
    .addHelpText(
      'after',
      `
Each document is stored in one transaction with its reading; its targets and
actuals are linked to indicators, and the figures actuals report become
observations. A file already stored is reported "unchanged" and nothing is
written. A file that cannot be read or stored is reported as
"lantu: <file>: <reason>" and the others still go in.

Exit codes: 0 all files stored (or unchanged), 1 some files failed, 2 usage
error, 3 invalid manifest, 70 internal error.

Example:
  lantu ingest corpus/ --manifest corpus/manifest.json --db sqlite:data/lantu.sqlite`,
    )
    .action(async (inputs: string[], flags: unknown) => {
      const { parseIngestOptions } = await import('./commands/ingest-options.js');
      const { runIngest } = await import('./commands/ingest.js');
      setExitCode(await runIngest(parseIngestOptions(inputs, flags), io));
    });

  const importCommand = program
    .command('import')
    .description('add observations from statistical tables (CSV or XLSX)')
    .argument(
      '<files...>',
      '.csv or .xlsx files: indicator, jurisdiction, period or year, value, unit',
    )
    .option('--json', 'print the per-file results as JSON');
  addStoreOptions(importCommand)
    .addHelpText(
      'after',
      `
Columns (header row, English or Chinese): indicator (code or name), jurisdiction
(code or name), period (2025, 2025H1, 2025Q1-Q3, 2021-2025) or year, value, unit
(亿元, %, 万人 …), optional measure (level, increase, decrease, rank) and an
optional growth column (增速/增长, in %). Every row is checked first: with any bad
row nothing of that file is stored and each problem is printed with its row.

Exit codes: 0 all imported, 1 some files had bad rows or could not be read.`,
    )
    .action(async (files: string[], flags: unknown) => {
      const { parseImportOptions } = await import('./commands/import-options.js');
      const { runImport } = await import('./commands/import.js');
      setExitCode(await runImport(parseImportOptions(files, flags), io));
    });

  program
    .command('status')
    .description('print the scorecard: every target with its status and why')
    .option('--as-of <date>', 'compute statuses for this date, YYYY-MM-DD (default today)')
    .option('--jurisdiction <code|name>', 'only targets of this jurisdiction')
    .option('--document <id>', 'only targets of this document')
    .addOption(
      withChoices(
        new Option('--status <status>', 'only targets with this status'),
        choices?.statusCodes,
      ),
    )
    .option('--year <year>', 'only targets due this year')
    .option('--json', 'print the scorecard as JSON')
    .option(
      '--db <url>',
      'store: sqlite:<file>, a file path, or postgres://… (default sqlite:.data/lantu.sqlite)',
    )
    .action(async (flags: unknown) => {
      const { parseStatusOptions } = await import('./commands/status-options.js');
      const { runStatus } = await import('./commands/status.js');
      setExitCode(await runStatus(parseStatusOptions(flags), io));
    });

  program
    .command('report')
    .description('write the 规划实施情况评估报告 of a plan as Word (.docx) or PDF')
    .requiredOption('-o, --out <file>', 'the report file, ending in .docx or .pdf')
    .option('--plan <id>', 'the plan, e.g. cn-zj-jh-yw-2021-2025 (default: the latest begun)')
    .option('--as-of <date>', 'compute statuses for this date, YYYY-MM-DD (default today)')
    .option(
      '--db <url>',
      'store: sqlite:<file>, a file path, or postgres://… (default sqlite:.data/lantu.sqlite)',
    )
    .addHelpText(
      'after',
      `
PDF is made from the Word file by LibreOffice (soffice), which must be installed.
Exit codes: 0 written, 2 usage error, 4 no plan in the store (or not the one named).

Example:
  lantu report --out 十四五评估.docx --plan cn-zj-jh-yw-2021-2025 --as-of 2026-03-01`,
    )
    .action(async (flags: unknown) => {
      const { parseReportOptions } = await import('./commands/report-options.js');
      const { runReport } = await import('./commands/report.js');
      setExitCode(await runReport(parseReportOptions(flags), io));
    });

  const link = program
    .command('link')
    .description('re-run the indicator linker, or link one item by hand')
    .option('--item <id>', "link this item by hand (a person's link the linker keeps)")
    .option('--indicator <code>', "with --item: the indicator code, or 'none' to unlink")
    .option('--jurisdiction <code|name>', 'with --item: whose figure the item is')
    .option('--json', 'print the result as JSON');
  addStoreOptions(link).action(async (flags: unknown) => {
    const { parseLinkOptions } = await import('./commands/link-options.js');
    const { runLink } = await import('./commands/link.js');
    setExitCode(await runLink(parseLinkOptions(flags), io));
  });

  addBackupCommands(program, io, setExitCode);
  const admin = program.command('admin').description('manage who can sign in');
  const adminCreate = admin
    .command('create')
    .description('create an admin account with a one-time password (printed once)')
    .requiredOption('--email <address>', "the admin's e-mail address (their sign-in name)")
    .requiredOption('--name <name>', "the admin's name, as history shows it")
    .option('--json', 'print the result as JSON');
  addStoreOptions(adminCreate)
    .addHelpText(
      'after',
      `
The password must be changed at the first sign-in. Without users, the server
also prints a one-time admin password on its first start (docs/auth.md).

Example:
  lantu admin create --email ops@example.gov.cn --name 张三`,
    )
    .action(async (flags: unknown) => {
      const { parseAdminCreateOptions } = await import('./commands/admin-options.js');
      const { runAdminCreate } = await import('./commands/admin.js');
      setExitCode(await runAdminCreate(parseAdminCreateOptions(flags), io));
    });

  return program;
}

/** `lantu backup FILE` and `lantu restore FILE`. */
function addBackupCommands(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  const dbOption = [
    '--db <url>',
    'store: sqlite:<file>, a file path, or postgres://… (default sqlite:.data/lantu.sqlite)',
  ] as const;
  program
    .command('backup')
    .description('copy the store to FILE while it is in use (SQLite backup API, or pg_dump)')
    .argument('<file>', 'the backup file to write')
    .option(...dbOption)
    .addHelpText(
      'after',
      `
Schedule it with cron, e.g. every night at 02:30, keeping one file per weekday:
  30 2 * * * cd /srv/lantu && npx lantu backup backups/lantu-$(date +\\%a).backup`,
    )
    .action(async (file: string, flags: unknown) => {
      const { parseBackupOptions, runBackup } = await import('./commands/backup.js');
      setExitCode(await runBackup(parseBackupOptions(file, flags), io));
    });
  program
    .command('restore')
    .description('replace the store with a backup made by "lantu backup", then migrate it')
    .argument('<file>', 'the backup file to read')
    .option(...dbOption)
    .addHelpText('after', '\nStop the servers on the store first; start them again afterwards.')
    .action(async (file: string, flags: unknown) => {
      const { parseBackupOptions, runRestore } = await import('./commands/backup.js');
      setExitCode(await runRestore(parseBackupOptions(file, flags), io));
    });
}

/** The flags that override a document's manifest metadata. */
function addMetaOptions(command: Command, choices: CoreChoices | undefined): Command {
  return command
    .option('--title <title>', 'document title (one file only); overrides the manifest')
    .addOption(
      withChoices(
        new Option('--kind <kind>', 'document kind; overrides the manifest'),
        choices?.documentKinds,
      ),
    )
    .option('--date <date>', 'issue date, YYYY-MM-DD; overrides the manifest')
    .option('--horizon <year>', 'year targets fall due when none is named; overrides the manifest')
    .option('--jurisdiction <name>', 'jurisdiction, e.g. 义乌市; overrides the manifest')
    .option('--issuer <name>', 'issuing body, e.g. 义乌市人民政府; overrides the manifest');
}

function withChoices(option: Option, values: readonly string[] | undefined): Option {
  return values === undefined ? option : option.choices(values);
}

/** The flags of commands that write to the store. */
function addStoreOptions(command: Command): Command {
  return command
    .option(
      '--db <url>',
      'store: sqlite:<file>, a file path, or postgres://… (default sqlite:.data/lantu.sqlite)',
    )
    .option('--actor <name>', 'who the history records as making the change', 'cli');
}

/**
 * Runs the CLI on `argv` (process.argv layout: node, script, args…) and
 * resolves to the exit code. Errors are printed as `lantu: <message>`; it
 * never throws and never exits the process.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = EXIT_OK;
  // Any word that is not a flag names a subcommand (or `help <command>`), which needs core.
  const runsSubcommand = argv.slice(2).some((arg) => !arg.startsWith('-'));
  const program = createProgram(
    io,
    (code) => {
      exitCode = code;
    },
    runsSubcommand ? await loadCoreChoices() : undefined,
  );
  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its message or the help already; exitCode 0 is --help/--version.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    const { toLantuError } = await import('./to-lantu-error.js');
    const lantuError = toLantuError(error);
    io.stderr.write(`lantu: ${lantuError.message}\n`);
    return EXIT_CODES[lantuError.code];
  }
}

async function loadCoreChoices(): Promise<CoreChoices> {
  const { DOCUMENT_KINDS, STATUS_CODES } = await import('@lantu/core');
  return { documentKinds: DOCUMENT_KINDS, statusCodes: STATUS_CODES };
}
