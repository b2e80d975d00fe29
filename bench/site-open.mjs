// Opens a corpus browser (SITE/index.html) from file:// in headless Chromium and prints two times in seconds:
// until the overview lists its documents, and until the first document's text is shown after a click.
// Usage: node site-open.mjs SITE_DIR [CHROMIUM]   (run where playwright-core is installed)
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [siteDir, executablePath = '/usr/bin/chromium'] = process.argv.slice(2);
const profile = mkdtempSync(join(tmpdir(), 'quotestance-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  const page = context.pages()[0] || await context.newPage();
  let start = Date.now();
  await page.goto(pathToFileURL(resolve(siteDir, 'index.html')).href);
  await page.waitForSelector('#documents a.doc-link', { timeout: 120000 });
  const list = (Date.now() - start) / 1000;
  start = Date.now();
  await page.locator('#documents a.doc-link').first().click();
  await page.waitForSelector('#doc-text', { timeout: 120000 });
  const doc = (Date.now() - start) / 1000;
  console.log(list.toFixed(2) + ' ' + doc.toFixed(2));
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
