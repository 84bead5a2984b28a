/** Query parameters as the forms hold them: blank, null and undefined values are left out. */
export type QueryParams = Readonly<Record<string, string | number | null | undefined>>;

/** `?a=1&b=x` from the non-blank parameters, or '' when there are none. */
export function toQueryString(params: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined) continue;
    const text = String(value).trim();
    if (text !== '') search.set(key, text);
  }
  const encoded = search.toString();
  return encoded === '' ? '' : `?${encoded}`;
}
