/**
 * One headless Chromium per process, launched on first use and reused: a launch costs about
 * a second, a page tens of milliseconds. Debian's Chromium is used (never a downloaded one),
 * with the flags this machine's closed network needs (no background or update traffic).
 */
import { existsSync } from 'node:fs';
import { LantuError } from '@lantu/core';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian's `chromium` package puts the browser. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The browser executable: `CHROMIUM_PATH` when set, else /usr/bin/chromium. Throws LantuError
 * INTERNAL naming the fix when the file is missing.
 */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env['CHROMIUM_PATH']?.trim();
  const path = configured === undefined || configured === '' ? DEFAULT_CHROMIUM_PATH : configured;
  if (!existsSync(path)) {
    throw new LantuError('INTERNAL', 'Chromium is not installed: apt-get install chromium');
  }
  return path;
}

let shared: Promise<Browser> | null = null;

/** The process's browser, launched when first asked for; relaunched after a crash or close. */
export function posterBrowser(timeoutMs: number): Promise<Browser> {
  if (shared !== null) return shared;
  const executablePath = chromiumPath();
  const launching = chromium
    .launch({
      executablePath,
      args: CHROMIUM_ARGS,
      headless: true,
      timeout: timeoutMs,
      // The server owns its signals: Playwright's handlers would call process.exit on Ctrl-C.
      // Playwright still kills the browser on the process's 'exit', and Chromium exits by
      // itself when its debugging pipe to a killed parent closes.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    })
    .then(
      (browser) => {
        browser.on('disconnected', () => {
          if (shared === launching) shared = null;
        });
        return browser;
      },
      (error: unknown) => {
        if (shared === launching) shared = null;
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new LantuError('INTERNAL', `Chromium failed to start: ${reason}`, { cause: error });
      },
    );
  shared = launching;
  return launching;
}

/**
 * Closes the shared browser, if one was launched; the next render launches a new one. Call
 * it before a short-lived process (a CLI run, a test file) ends: an open browser keeps
 * Node's event loop alive.
 */
export async function closePosterBrowser(): Promise<void> {
  const current = shared;
  shared = null;
  if (current === null) return;
  try {
    const browser = await current;
    await browser.close();
  } catch {
    // A launch that failed has nothing to close; its error went to the render that asked.
  }
}
