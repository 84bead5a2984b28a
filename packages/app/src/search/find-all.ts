/** Escapes text for use as a literal inside a RegExp. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * UTF-16 offsets of every occurrence of `needle` in `text`, case-insensitively for Latin
 * letters, without overlaps, at most `max`. Offsets count like every offset Lantu stores.
 */
export function findAll(
  text: string,
  needle: string,
  max: number,
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (needle === '' || max <= 0) return out;
  const pattern = new RegExp(escapeRegExp(needle), 'giu');
  for (const match of text.matchAll(pattern)) {
    out.push({ start: match.index, end: match.index + match[0].length });
    if (out.length >= max) break;
  }
  return out;
}

/** The match with up to `context` characters either side, on one line. */
export function snippetAround(text: string, start: number, end: number, context = 30): string {
  const from = Math.max(0, start - context);
  const to = Math.min(text.length, end + context);
  const body = text.slice(from, to).replace(/\s+/gu, ' ').trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}
