/** The current hash route as React state, and navigation that updates it. */
import { useSyncExternalStore } from 'react';
import { parseHash, type Route } from './hash-route.js';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const getHash = () => window.location.hash;

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, getHash, () => '');
  return parseHash(hash);
}

/** Go to a hash (`#/scorecard?status=missed`); `replace` keeps filter typing out of history. */
export function navigate(hash: string, options: { replace?: boolean } = {}): void {
  if (options.replace) {
    const url = `${window.location.pathname}${window.location.search}${hash}`;
    window.history.replaceState(window.history.state, '', url);
    // replaceState fires no hashchange; tell the subscribers ourselves.
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = hash;
  }
}
