// End-to-end test of the corpus browser (corpus/site/index.html) in headless Chromium, from file://.
// Usage: node site-test.mjs CORPUS_DIR OUT_DIR [CHROMIUM]
// Opens the page with no server, clicks through to a document, checks the highlighted quote of a known
// speaker, the map's markers (one per resolved place in csv/locations.csv), the speakers table, the
// charts, an edge of the stance network and its evidence list, and the timeline's dated and undated
// counts; fails on any page error or any request that is not to a local file, and saves screenshots.
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [corpusDir, outDir, executablePath = '/usr/bin/chromium'] = process.argv.slice(2);
const SPEAKER = 'aragki_a'; // Abbas Araqchi, quoted in several seed articles

/** RFC 4180 with a header row: an array of objects. */
function readCsv(file) {
  const text = readFileSync(file, 'utf8');
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') { quoted = false; }
      else { field += c; }
    } else if (c === '"') { quoted = true; }
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r') { /* CRLF */ }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else { field += c; }
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const [header, ...body] = rows;
  return body.map(r => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

/** A target's text as the network keys it: case, spacing, apostrophes and a leading article ignored. */
function normalise(text) {
  return text.normalize('NFKC').replace(/[\u2018\u2019]/g, "'").trim().replace(/\s+/g, ' ').toLowerCase()
    .replace(/^(the|a|an) /, '');
}

/** The network node of a stance's target: its id when stances.csv links it (target_id), else its text. */
function targetKey(stance) {
  return stance.target_id ? stance.target_id : 'target:' + normalise(stance.target);
}

function check(ok, message) {
  if (!ok) { throw new Error(message); }
  console.log('ok - ' + message);
}

const quotes = readCsv(join(corpusDir, 'csv', 'quotes.csv'));
const locations = readCsv(join(corpusDir, 'csv', 'locations.csv'));
const speakers = readCsv(join(corpusDir, 'csv', 'speakers.csv'));
const stances = readCsv(join(corpusDir, 'csv', 'stances.csv'));
const quote = quotes.find(q => q.speaker_id === SPEAKER && q.type === 'DIRECT') || quotes.find(q => q.speaker_id === SPEAKER);
if (!quote) { throw new Error('no quote of ' + SPEAKER + ' in quotes.csv'); }
const places = new Set(locations.map(l => l.geonames_id !== '0' ? l.geonames_id : '0:' + l.name));

mkdirSync(outDir, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'quotestance-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath, headless: true, viewport: { width: 1280, height: 860 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const failures = [];
try {
  const page = context.pages()[0] || await context.newPage();
  page.on('pageerror', e => failures.push('page error: ' + e.message));
  page.on('console', m => { if (m.type() === 'error') { failures.push('console error: ' + m.text()); } });
  page.on('request', r => { if (!/^(file|data|about|blob):/.test(r.url())) { failures.push('network request: ' + r.url()); } });

  const index = pathToFileURL(resolve(corpusDir, 'site', 'index.html')).href;
  await page.goto(index);
  await page.waitForSelector('#documents a.doc-link');
  check(await page.locator('#documents a.doc-link').count() === new Set(quotes.map(q => q.doc_id)).size ||
    await page.locator('#documents a.doc-link').count() >= 1, 'overview lists the documents');
  check(await page.locator('.chart svg').count() === 3, 'overview draws three charts');
  await page.screenshot({ path: join(outDir, 'overview.png'), fullPage: false });

  // Click through to the document with a quote of the known speaker.
  await page.click(`#documents a.doc-link[href="#/doc/${quote.doc_id}"]`);
  const first = page.locator(`#q-${quote.quote_id}`);
  await first.waitFor({ state: 'visible' });
  check(await first.getAttribute('data-speaker') === SPEAKER, `quote ${quote.quote_id} is highlighted as ${SPEAKER}'s`);
  const shown = (await page.locator(`.q[data-quote="${quote.quote_id}"]`).allTextContents()).join('');
  check(shown === quote.text, `the highlighted text is the quote: ${quote.text.slice(0, 60)}...`);
  const colour = await first.evaluate(e => getComputedStyle(e).backgroundColor);
  check(colour !== 'rgba(0, 0, 0, 0)' || quote.type !== 'DIRECT', 'a direct quote has a background colour: ' + colour);
  const mention = page.locator(`a.m[data-speaker="${SPEAKER}"]`).first();
  await mention.hover();
  const tip = await page.locator('#tip').textContent();
  check(/Araqchi/.test(tip), 'hovering a speaker mention shows its entity: ' + tip.replace(/\s+/g, ' ').slice(0, 80));
  await mention.click();
  check(await page.locator('.q.flash').count() > 0 || (await mention.getAttribute('data-quotes')) === '',
    'clicking the mention highlights its quotes');
  await page.locator(`#q-${quote.quote_id}`).scrollIntoViewIfNeeded();
  await page.locator(`#q-${quote.quote_id}`).hover();
  await page.screenshot({ path: join(outDir, 'document.png') });

  // Speakers table: one row per speaker entity, sortable and filterable.
  await page.click('nav a[data-view="speakers"]');
  await page.waitForSelector('#speakers tbody tr');
  check(await page.locator('#speakers tbody tr').count() === speakers.length, `speakers table has ${speakers.length} rows`);
  await page.click('#speakers th[data-key="name"]');
  const names = await page.locator('#speakers tbody tr td:first-child b').allTextContents();
  check(names.join('\n') === [...names].sort((a, b) => a.toLowerCase() < b.toLowerCase() ? -1 : 1).join('\n'), 'sorted by name');
  await page.fill('#speaker-filter', 'araghchi');
  check(await page.locator(`#speakers tbody tr[data-speaker="${SPEAKER}"]`).count() === 1 &&
    await page.locator('#speakers tbody tr').count() === 1, 'filtering by a spelling variant finds the speaker');
  await page.fill('#speaker-filter', '');
  await page.screenshot({ path: join(outDir, 'speakers.png') });

  // Map: one marker per resolved place, popups with sentences.
  await page.click('nav a[data-view="map"]');
  await page.waitForSelector('#map[data-markers]');
  const markers = await page.locator('#map path.place-marker').count();
  check(markers === places.size, `map has ${markers} markers for ${places.size} distinct places in locations.csv`);
  check(await page.locator('#map path.leaflet-interactive, #map path').count() > places.size, 'country outlines are drawn');
  // A city with a handful of mentions, so the popup fits the screenshot.
  const busiest = [...locations.reduce((m, l) => m.set(l.geonames_id, (m.get(l.geonames_id) || 0) + 1), new Map())]
    .filter(([g, n]) => g !== '0' && n <= 8).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
  await page.locator(`#map path.place-marker[data-place="${busiest}"]`).dispatchEvent('click');
  await page.waitForSelector('.leaflet-popup-content .popup ul[data-loaded] li');
  check(await page.locator('.leaflet-popup-content .popup li').count() ===
    locations.filter(l => l.geonames_id === busiest).length, 'the popup lists a sentence per mention');
  await page.screenshot({ path: join(outDir, 'map.png') });

  // Network: click the busiest edge and check its evidence list against stances.csv.
  await page.click('nav a[href="network.html"]');
  await page.waitForSelector('#cy[data-edges]');
  const drawn = Number(await page.getAttribute('#cy', 'data-edges'));
  const holderStances = stances.filter(s => s.holder_id !== '');
  const pairs = new Set(holderStances.map(s => [s.holder_id, targetKey(s), s.polarity].join('\t')));
  check(drawn === pairs.size, `the network draws ${drawn} edges, one per holder, target and polarity of stances.csv (${pairs.size})`);
  await page.screenshot({ path: join(outDir, 'network-overview.png') });
  const edge = await page.evaluate(() => {
    const cy = window.QS_CY;
    const inside = (b, p) => p.x >= b.x1 - 4 && p.x <= b.x2 + 4 && p.y >= b.y1 - 4 && p.y <= b.y2 + 4;
    const free = cy.edges().sort((a, b) => b.data('n') - a.data('n') || a.data('index') - b.data('index'))
      .filter(e => !cy.nodes().some(n => inside(n.renderedBoundingBox({ includeLabels: true }), e.renderedMidpoint())));
    const e = free[0];
    const box = document.getElementById('cy').getBoundingClientRect();
    const data = window.QS_NETWORK.edges[e.data('index')];
    return { x: box.x + e.renderedMidpoint().x, y: box.y + e.renderedMidpoint().y, index: e.data('index'),
      holder: window.QS_NETWORK.nodes[data.s].id, target: window.QS_NETWORK.nodes[data.t].id,
      polarity: window.QS_NETWORK.polarities[data.p] };
  });
  await page.mouse.click(edge.x, edge.y);
  await page.waitForSelector(`#evidence ol.evidence-list[data-edge="${edge.index}"] li`);
  const expected = holderStances.filter(s => s.holder_id === edge.holder && s.polarity === edge.polarity &&
    targetKey(s) === edge.target);
  const items = page.locator('#evidence ol.evidence-list li');
  check(expected.length > 0 && await items.count() === expected.length,
    `clicking the edge ${edge.holder} -> ${edge.target} (${edge.polarity}) lists its ${expected.length} evidence spans`);
  for (let i = 0; i < expected.length; i++) {
    const item = items.nth(i);
    check(await item.getAttribute('data-stance') === expected[i].stance_id &&
      (await item.locator('q').textContent()) === expected[i].evidence &&
      await item.locator('a').getAttribute('href') === `index.html#/doc/${expected[i].doc_id}/at/${expected[i].begin}`,
      `evidence ${expected[i].stance_id} shows its sentence and links to its document`);
  }
  await page.screenshot({ path: join(outDir, 'network.png') });
  await items.first().locator('a').click();
  await page.waitForSelector('.doc-text');
  check(page.url().endsWith(`#/doc/${expected[0].doc_id}/at/${expected[0].begin}`), 'the evidence link opens the document');

  // Timeline: documents per day or week, undated ones counted apart.
  await page.goto(pathToFileURL(resolve(corpusDir, 'site', 'timeline.html')).href);
  await page.waitForSelector('#timeline tr.documents');
  const documents = readCsv(join(corpusDir, 'csv', 'documents.csv'));
  const undated = documents.filter(d => !/^\d{4}-\d{2}-\d{2}/.test(d.date)).length;
  check(await page.locator('#timeline tr.documents td.undated').textContent() === String(undated),
    `the timeline counts the ${undated} documents without a date apart`);
  check(Number(await page.locator('#timeline tr.total td.num').first().textContent()) +
    Number(await page.locator('#timeline tr.total td.undated').textContent()) === quotes.length,
    'dated and undated quotes add up to quotes.csv');
  check(await page.locator(`#timeline tr.series[data-id="${SPEAKER}"]`).count() === 1, 'the top speakers have a row each');
  await page.selectOption('#metric', 'stances');
  await page.waitForSelector('#timeline tr.series[data-id^="target:"]');
  check(Number(await page.locator('#timeline tr.total td.num').first().textContent()) +
    Number(await page.locator('#timeline tr.total td.undated').textContent()) === stances.length,
    'dated and undated stances add up to stances.csv');
  await page.screenshot({ path: join(outDir, 'timeline.png') });

  check(failures.length === 0, 'no page errors and no network requests' + (failures.length ? ': ' + failures.join('; ') : ''));
} catch (e) {
  if (failures.length) { console.error('page problems: ' + failures.join('; ')); }
  throw e;
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log('site test passed; screenshots in ' + outDir);
