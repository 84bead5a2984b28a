/**
 * The JSON text the CLI writes: 2-space indent, a final newline, and Chinese
 * left as is (JSON.stringify only escapes control characters, quotes and
 * backslashes, so nothing extra is needed to keep 地区生产总值 readable).
 */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
