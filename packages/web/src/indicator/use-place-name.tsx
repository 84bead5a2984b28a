/**
 * A place's name for the screen (义乌市 / Yiwu), never its code: the place is asked of
 * /api/jurisdictions?codes= once per page load. Until it arrives, or for an unknown code, the
 * name is empty rather than a code.
 */
import { getJson } from '../api/client.js';
import { useApi } from '../hooks/use-api.js';
import { useI18n } from '../i18n/i18n-context.js';

export interface PlaceName {
  readonly code: string;
  readonly name_zh: string;
  readonly name_en: string;
}

/** One request per place, shared by every caller (so not tied to one caller's abort signal). */
const cache = new Map<string, Promise<PlaceName | null>>();

function loadPlace(code: string): Promise<PlaceName | null> {
  let place = cache.get(code);
  if (place === undefined) {
    place = getJson<PlaceName[]>('/jurisdictions', { codes: code }).then(
      (found) => found.find((p) => p.code === code) ?? null,
      (error: unknown) => {
        cache.delete(code);
        throw error;
      },
    );
    cache.set(code, place);
  }
  return place;
}

export function usePlaceName(code: string | null | undefined): string {
  const { lang } = useI18n();
  const place = useApi(code ? `jurisdiction:${code}` : null, () => loadPlace(code ?? ''));
  const found = place.state.data;
  if (!code || !found || found.code !== code) return '';
  return lang === 'zh' ? found.name_zh : found.name_en;
}
