/**
 * Copies a benchmark store from SQLite to PostgreSQL, row for row, so the API benchmark
 * can measure the same data on both databases without generating it again (the SQLite
 * store at 1M targets took 75 minutes through the store's write paths).
 *
 *   npx tsx bench/copy-store.ts --from /tmp/lantu-bench/api-scale.sqlite
 *                               --to postgres://lantu@127.0.0.1:55433/lantu_bench
 *                               [--csv-dir DIR]  (readable by the server's OS user)
 *
 * The SQLite file is opened read-only. The PostgreSQL database is brought to the latest
 * schema by `createStore` (the same migrations, so the pg_trgm indexes are there), emptied,
 * and filled table by table: the sqlite3 shell writes each table as CSV (REALs with 17
 * digits, so every double comes back exactly) into a folder the server can read, and the
 * server loads it with `COPY … FROM 'file' (FORMAT csv)` — about 100,000 rows/s where
 * parameterised inserts from Node managed 7,000/s on this shared machine. Indexes that are
 * not constraints are dropped first and built once at the end. Foreign keys are not checked
 * during the copy (`session_replication_role = replica`): the source store already holds
 * them. The stored statuses and findings come along, so the server starts without computing
 * them again. Bench-only: it needs the sqlite3 shell, a server on this machine and a
 * superuser URL (server-side COPY), and it checks that both stores are at the same migrations.
 */
import { spawn } from 'node:child_process';
import {
  chmodSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { createStore } from '../packages/store/src/index.js';

const { values } = parseArgs({
  options: {
    from: { type: 'string', default: '/tmp/lantu-bench/api-scale.sqlite' },
    to: { type: 'string' },
    'csv-dir': { type: 'string', default: '/tmp/lantu-bench/pg/csv' },
  },
});
if (values.to === undefined || !/^postgres(ql)?:\/\//u.test(values.to)) {
  throw new Error('--to wants a postgres://… URL');
}
const TO = values.to;
const CSV_DIR = values['csv-dir'];
/** Bookkeeping of the migrator and SQLite's own search tables: not data to copy. */
const SKIP = /^(lantu_migration|sqlite_|.*_search($|_))/u;

interface Column {
  readonly name: string;
  /** PostgreSQL's element type, for the `unnest($n::type[])` cast. */
  readonly udt: string;
}

function since(t0: number): string {
  return `${((performance.now() - t0) / 1000).toFixed(1)} s`;
}

/** The sqlite3 shell, read-only, at low priority, writing one query's rows as CSV. */
async function exportCsv(query: string, file: string): Promise<void> {
  const child = spawn('nice', ['-n', '19', 'sqlite3', '-readonly', '-csv', values.from, query], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  await pipeline(child.stdout, createWriteStream(file, { mode: 0o644 }));
  const code = await exited;
  if (code !== 0) throw new Error(`sqlite3 exited with ${code}`);
}

async function main(): Promise<void> {
  const started = performance.now();
  // Latest schema on the PostgreSQL side (migrations and seed), then nothing in it.
  const store = await createStore({ url: TO });
  await store.close();

  mkdirSync(CSV_DIR, { recursive: true });
  chmodSync(CSV_DIR, 0o755);
  const source = new BetterSqlite3(values.from, { readonly: true, fileMustExist: true });
  const client = new pg.Client({ connectionString: TO });
  await client.connect();
  try {
    const migrations = (names: { name: string }[]) => names.map((r) => r.name).join(',');
    const sqliteMigrations = migrations(
      source.prepare('select name from lantu_migration order by name').all() as { name: string }[],
    );
    const pgMigrations = migrations(
      (await client.query<{ name: string }>('select name from lantu_migration order by name')).rows,
    );
    if (sqliteMigrations !== pgMigrations) {
      throw new Error(`migrations differ:\n sqlite ${sqliteMigrations}\n pg     ${pgMigrations}`);
    }

    const tables = (
      source.prepare("select name from sqlite_master where type = 'table' order by name").all() as {
        name: string;
      }[]
    )
      .map((r) => r.name)
      .filter((name) => !SKIP.test(name));
    await client.query(`truncate ${tables.map((t) => `"${t}"`).join(', ')} cascade`);
    await client.query('set session_replication_role = replica');
    // Indexes that are not constraints are built once after the copy, not row by row.
    const indexes = (
      await client.query<{ name: string; definition: string }>(
        `select i.indexname as name, i.indexdef as definition from pg_indexes i
         where i.schemaname = current_schema() and i.tablename = any($1::text[])
           and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
        [tables],
      )
    ).rows;
    // Kept in a file until rebuilt, so a copy stopped half-way still knows what to build.
    const saved = join(CSV_DIR, 'indexes.json');
    if (existsSync(saved)) {
      const earlier = JSON.parse(readFileSync(saved, 'utf8')) as typeof indexes;
      const names = new Set(indexes.map((i) => i.name));
      indexes.push(...earlier.filter((i) => !names.has(i.name)));
    }
    writeFileSync(saved, JSON.stringify(indexes));
    for (const index of indexes) await client.query(`drop index if exists "${index.name}"`);

    for (const table of tables) {
      const t0 = performance.now();
      const columns = (
        await client.query<Column>(
          `select column_name as name, udt_name as udt from information_schema.columns
           where table_schema = current_schema() and table_name = $1 order by ordinal_position`,
          [table],
        )
      ).rows;
      const sqliteColumns = new Set(
        (source.prepare(`pragma table_info("${table}")`).all() as { name: string }[]).map(
          (c) => c.name,
        ),
      );
      const shared = columns.filter((c) => sqliteColumns.has(c.name));
      if (shared.length === 0) continue;
      const names = shared.map((c) => `"${c.name}"`).join(', ');
      // The shell prints a REAL with 15 digits; 17 give back the same double.
      const selected = shared
        .map((c) =>
          c.udt === 'float8'
            ? `case when "${c.name}" is null then null else printf('%!.17g', "${c.name}") end`
            : `"${c.name}"`,
        )
        .join(', ');
      const file = join(CSV_DIR, `${table}.csv`);
      await exportCsv(`select ${selected} from "${table}" order by rowid`, file);
      const exported = since(t0);
      const copied = (await client.query(`copy "${table}" (${names}) from '${file}' (format csv)`))
        .rowCount;
      rmSync(file);
      console.log(
        `${table}: ${(copied ?? 0).toLocaleString('en')} rows in ${since(t0)} (CSV written after ${exported})`,
      );
    }
    await client.query('set session_replication_role = origin');
    for (const index of indexes) {
      const t0 = performance.now();
      await client.query(index.definition);
      console.log(`index ${index.name}: ${since(t0)}`);
    }
    rmSync(saved);

    // Identity and serial columns: continue after the copied ids.
    const sequences = await client.query<{ table: string; column: string; seq: string }>(
      `select c.table_name as table, c.column_name as column,
              pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) as seq
       from information_schema.columns c
       where c.table_schema = current_schema()
         and pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) is not null`,
    );
    for (const s of sequences.rows) {
      await client.query(
        `select setval($1, coalesce((select max("${s.column}") from "${s.table}"), 0) + 1, false)`,
        [s.seq],
      );
    }
    const t0 = performance.now();
    await client.query('analyze');
    console.log(`analyze: ${since(t0)}`);
    console.log(`copied ${values.from} → PostgreSQL in ${since(started)}`);
  } finally {
    source.close();
    await client.end();
  }
}

await main();
