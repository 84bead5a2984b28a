/**
 * Where the reader was on each page: going back from the reader to the scorecard returns to
 * the same row instead of the top. Positions are kept per hash for this tab; on back/forward
 * (popstate) the page is scrolled there once its content is tall enough, since it loads
 * after the hash changes.
 */
import { useEffect } from 'react';

const positions = new Map<string, number>();
let restoring = false;

function restore(hash: string): void {
  const y = positions.get(hash);
  if (y === undefined) return;
  restoring = true;
  // The old page is still on screen when popstate fires and the new one loads its data after:
  // keep putting the position back until it has held for a moment, the reader takes over
  // (wheel, touch, keys) or three seconds pass.
  const deadline = performance.now() + 3000;
  let held = 0;
  const stop = () => {
    restoring = false;
    window.removeEventListener('wheel', stop);
    window.removeEventListener('touchstart', stop);
    window.removeEventListener('keydown', stop);
  };
  window.addEventListener('wheel', stop, { passive: true });
  window.addEventListener('touchstart', stop, { passive: true });
  window.addEventListener('keydown', stop);
  const attempt = () => {
    if (!restoring) return;
    if (performance.now() > deadline) return stop();
    const tallEnough = document.documentElement.scrollHeight >= y + window.innerHeight * 0.5;
    if (tallEnough && Math.abs(window.scrollY - y) > 1) {
      window.scrollTo(0, y);
      held = 0;
    } else if (tallEnough) {
      held += 1;
      if (held > 20) return stop();
    }
    window.requestAnimationFrame(attempt);
  };
  window.requestAnimationFrame(attempt);
}

/** Installs the memory for the app's lifetime; called once by the route frame. */
export function useScrollMemory(): void {
  useEffect(() => {
    if ('scrollRestoration' in window.history) window.history.scrollRestoration = 'manual';
    let frame = 0;
    const onScroll = () => {
      if (restoring || frame !== 0) return;
      frame = window.requestAnimationFrame(() => {
        frame = 0;
        positions.set(window.location.hash, window.scrollY);
      });
    };
    const onPop = () => restore(window.location.hash);
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('popstate', onPop);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('popstate', onPop);
    };
  }, []);
}
