import pg from 'pg';
import { PostgresDialect } from 'kysely';

const JSON_OID = 114;
const JSONB_OID = 3802;

/**
 * JSON columns come back as text, as they do from SQLite, so that `json-column.ts`
 * decodes both dialects in one place instead of half the rows arriving pre-parsed.
 */
function jsonAsTextTypes(): pg.TypeOverrides {
  const types = new pg.TypeOverrides();
  types.setTypeParser(JSON_OID, 'text', (value) => value);
  types.setTypeParser(JSONB_OID, 'text', (value) => value);
  return types;
}

/** A pooled PostgreSQL dialect for a `postgres://` URL. */
export function createPostgresDialect(url: string): PostgresDialect {
  const pool = new pg.Pool({ connectionString: url, max: 10, types: jsonAsTextTypes() });
  return new PostgresDialect({ pool });
}
