/** Browser entry: mounts the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { pathToHash } from './router/path-to-hash.js';
import './styles.css';

const shared = pathToHash(window.location);
if (shared) window.history.replaceState(null, '', shared);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
