/**
 * A place's name for the screen (义乌市 / Yiwu), never its code: the jurisdictions are loaded
 * once per page load from /api/jurisdictions. Until they arrive, or for an unknown code, the
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

let cache: Promise<PlaceName[]> | undefined;

/** Shared by every caller, so not tied to one caller's abort signal. */
function loadPlaces(): Promise<PlaceName[]> {
  cache ??= getJson<PlaceName[]>('/jurisdictions', {}).catch((error: unknown) => {
    cache = undefined;
    throw error;
  });
  return cache;
}

export function usePlaceName(code: string | null | undefined): string {
  const { lang } = useI18n();
  const places = useApi('jurisdictions', loadPlaces);
  if (!code) return '';
  const place = places.state.data?.find((p) => p.code === code);
  if (!place) return '';
  return lang === 'zh' ? place.name_zh : place.name_en;
}
