import type * as Poster from '@lantu/poster';

/**
 * The poster package, loaded on first use: PNG and PDF need a headless browser (and
 * playwright), which a server that never draws a poster should not pay for at start-up.
 */
type PosterModule = typeof Poster;

let loaded: Promise<PosterModule> | null = null;

/** `@lantu/poster`, imported once. */
export function loadPoster(): Promise<PosterModule> {
  loaded ??= import('@lantu/poster');
  return loaded;
}

/** Closes the poster's browser if a poster was ever drawn; otherwise does nothing. */
export async function closePosterIfLoaded(): Promise<void> {
  if (loaded === null) return;
  await (await loaded).closePosterBrowser();
}
