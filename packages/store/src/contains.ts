import type { DialectName } from './dialect-name.js';
import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';

/**
 * `column` contains `needle`, case-folded for Latin letters (GDP, R&D). A substring test,
 * not word search: Chinese has no spaces between words. instr/strpos rather than LIKE so
 * that `%` and `_` in the needle need no escaping; both take (haystack, needle).
 */
export function contains(
  dialect: DialectName,
  column: Expression<string>,
  needle: string,
): RawBuilder<SqlBool> {
  const find = dialect === 'postgres' ? sql.raw('strpos') : sql.raw('instr');
  return sql<SqlBool>`${find}(lower(${column}), lower(${needle})) > 0`;
}
