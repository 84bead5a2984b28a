import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../src/dialect-name.js';
import type { Database } from '../src/schema.js';

/**
 * Makes the database itself refuse one row: a BEFORE INSERT trigger that aborts when
 * `column` equals `value`. This forces a failure in the middle of a store transaction,
 * after earlier statements succeeded, which input validation could never produce.
 */
export async function failInsertsWhere(
  raw: Kysely<Database>,
  dialect: DialectName,
  target: {
    readonly table: 'items' | 'observations';
    readonly column: string;
    readonly value: string | number;
  },
): Promise<void> {
  const { table, column, value } = target;
  const name = sql.raw(`fail_${table}`);
  const condition = sql`new.${sql.ref(column)} = ${sql.lit(value)}`;
  switch (dialect) {
    case 'sqlite':
      await sql`create trigger ${name} before insert on ${sql.table(table)} when ${condition}
        begin select raise(abort, 'forced failure'); end`.execute(raw);
      return;
    case 'postgres':
      await sql`create function ${name}() returns trigger language plpgsql as $$
        begin if ${condition} then raise exception 'forced failure'; end if; return new; end $$`.execute(
        raw,
      );
      await sql`create trigger ${name} before insert on ${sql.table(table)}
        for each row execute function ${name}()`.execute(raw);
      return;
  }
}
