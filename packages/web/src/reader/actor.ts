/** Who is reviewing: typed once, remembered in this browser, written into the item history. */
const STORAGE_KEY = 'lantu.actor';

/** The part of Web Storage used here (typed locally: this file is also checked without DOM types). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}
export const DEFAULT_ACTOR = 'web';

export function loadActor(storage: Pick<KeyValueStore, 'getItem'> | undefined): string {
  try {
    return storage?.getItem(STORAGE_KEY)?.trim() || DEFAULT_ACTOR;
  } catch {
    return DEFAULT_ACTOR;
  }
}

export function saveActor(
  storage: Pick<KeyValueStore, 'setItem'> | undefined,
  actor: string,
): void {
  try {
    storage?.setItem(STORAGE_KEY, actor);
  } catch {
    // storage blocked: the name lasts for this page only
  }
}
