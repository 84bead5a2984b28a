import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const url = readFileSync('/tmp/ncdbg/url', 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('response', (r) => { if (r.status() >= 400) console.log('HTTP', r.status(), r.url()); });
for (const hash of process.argv.slice(2)) {
  await page.goto(`${url}/${hash}`);
  await page.waitForTimeout(4000);
  console.log('---', hash, await page.title());
  console.log((await page.locator('main').innerText()).slice(0, 600));
  await page.screenshot({ path: `/tmp/ncdbg/${hash.replace(/[^a-z0-9]/gi, '_')}.png` });
}
await browser.close();
