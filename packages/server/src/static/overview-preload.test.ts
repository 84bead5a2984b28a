import { describe, expect, it } from 'vitest';
import { withoutOverviewPreload } from './page-meta.js';

const HTML = `<head>
    <title>x</title>
    <link rel="preload" href="/api/overview" as="fetch" crossorigin="anonymous" />
    <script type="module" crossorigin src="./assets/index.js"></script>
  </head>`;

describe('the overview preload', () => {
  it('stays at / (the overview is the likely page)', () => {
    expect(withoutOverviewPreload(HTML, '/')).toBe(HTML);
  });
  it('is left out of another page path, whose data it is not', () => {
    const page = withoutOverviewPreload(HTML, '/indicators/gdp');
    expect(page).not.toContain('/api/overview');
    expect(page).toContain('<script type="module" crossorigin src="./assets/index.js"></script>');
  });
});
