/** The one HTML escaper (core), re-exported where the poster's modules import it. */
export { escapeHtml } from '@lantu/core';
