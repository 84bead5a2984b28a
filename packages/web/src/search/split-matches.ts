/** Splits a snippet around every occurrence of the query, to mark them (case-insensitive for Latin text). */

export interface Piece {
  readonly text: string;
  readonly match: boolean;
}

export function splitMatches(snippet: string, query: string): Piece[] {
  const needle = query.trim().toLowerCase();
  if (needle === '') return [{ text: snippet, match: false }];
  const haystack = snippet.toLowerCase();
  const pieces: Piece[] = [];
  let from = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, from)) {
    if (at > from) pieces.push({ text: snippet.slice(from, at), match: false });
    pieces.push({ text: snippet.slice(at, at + needle.length), match: true });
    from = at + needle.length;
  }
  if (from < snippet.length) pieces.push({ text: snippet.slice(from), match: false });
  return pieces;
}
