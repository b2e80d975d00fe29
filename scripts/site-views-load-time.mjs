// Load time of the Network and Timeline pages in headless Chromium, from file://: navigation until the
// graph is laid out (#cy[data-edges]) and until the timeline table is drawn. Run by measure-site-views.sh.
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const site = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
for (const [name, ready] of [['network.html', '#cy[data-edges]'], ['timeline.html', '#timeline tr.documents']]) {
  const start = Date.now();
  await page.goto(pathToFileURL(resolve(site, name)).href);
  await page.waitForSelector(ready, { timeout: 120000 });
  const extra = name === 'network.html' ? ', ' + await page.getAttribute('#cy', 'data-edges') + ' edges drawn' : '';
  console.log(`${name}: ready in ${Date.now() - start} ms${extra} (noisy on a shared machine)`);
}
await browser.close();
