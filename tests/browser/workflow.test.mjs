// Working with the page: search across articles, export as CSV/JSON/PNG downloads, links that reopen a view,
// the help overlay, and a window as small as 1024x640.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { PNG } from 'pngjs';
import { canvasShot, openPage, useApp, waitReady } from './harness.mjs';

const app = useApp();
const status = app.status;
const command = app.command;

test('search finds a word across articles and opens a hit in the reader', async () => {
  assert.deepEqual(await command({ cmd: 'search', text: 'trade' }), { ok: true });
  let s = await status();
  assert.equal(s.search.query, 'trade');
  // grep -oi trade assets/corpus/*.txt: once in 000, twice in 002, 4 times in 003, once in 004.
  assert.equal(s.search.hits, 8, JSON.stringify(s.search));
  await canvasShot(app.page, 'search-trade');
  await command({ cmd: 'open_span', doc: '003_061724f570955f0f', start: 800, end: 805 });
  s = await status();
  assert.equal(s.view, 'reader');
  assert.equal(s.selected_document, '003_061724f570955f0f');
  await command({ cmd: 'search', text: '' });
  assert.equal((await status()).search.hits, 0);
});

async function download(format) {
  const [file] = await Promise.all([
    app.page.waitForEvent('download'),
    command({ cmd: 'export', format }),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

test('export gives the current view\'s data as CSV and JSON downloads', async () => {
  await command({ cmd: 'show_view', view: 'documents' });
  await app.page.waitForFunction(() => window.newslens_status().view === 'documents');
  const csv = await download('csv');
  assert.equal(csv.name, 'newslens-documents.csv');
  const lines = csv.bytes.toString('utf8').trim().split('\r\n');
  assert.equal(lines[0], 'id,included,outlet,date,title,words,entities,quotes');
  assert.equal(lines.length, 6);
  assert.match(lines[3], /^002_df33746b23206ae2,yes,Time News,,/);
  const json = await download('json');
  const rows = JSON.parse(json.bytes.toString('utf8'));
  assert.equal(rows.length, 5);
  assert.equal(rows[4].title, 'Russian President Putin In China To Meet ‘Dear Friend’ Xi');
});

test('export gives the current chart as a PNG', async () => {
  await command({ cmd: 'show_view', view: 'network' });
  await app.page.waitForFunction(() => window.newslens_status().view === 'network');
  const png = await download('png');
  assert.equal(png.name, 'newslens-network.png');
  const image = PNG.sync.read(png.bytes);
  assert.ok(image.width > 300 && image.height > 300, `${image.width}x${image.height}`);
});

test('the address bar keeps the view and settings, and a link reopens them', async () => {
  await command({ cmd: 'show_view', view: 'heatmap' });
  await app.page.waitForFunction(() => location.hash.includes('view=heatmap'));
  const link = `${app.server.origin}/index.html#view=bars&doc=004_9ac02513c2486903&window=paragraph&measure=dice&min=1&top=12&types=PERSON,PLACE`;
  const other = await openPage(link);
  try {
    await waitReady(other.page);
    await other.page.waitForFunction(() => window.newslens_status().view === 'bars');
    const s = await other.page.evaluate(() => window.newslens_status());
    assert.equal(s.selected_document, '004_9ac02513c2486903');
    assert.match(s.url, /window=paragraph&measure=dice&min=1&top=12&types=PERSON,PLACE/);
  } finally {
    await other.browser.close();
  }
});

test('F1 opens the help overlay and Escape closes it', async () => {
  await app.page.locator('#canvas').click({ position: { x: 600, y: 400 } });
  await app.page.keyboard.press('F1');
  await app.page.waitForFunction(() => window.newslens_status().help_open === true);
  await canvasShot(app.page, 'help');
  await app.page.keyboard.press('Escape');
  await app.page.waitForFunction(() => window.newslens_status().help_open === false);
});

test('usable at 1024x640', async () => {
  const small = await openPage(`${app.server.origin}/index.html`, { width: 1024, height: 640 });
  try {
    await waitReady(small.page);
    const shot = await canvasShot(small.page, 'reader-1024x640');
    assert.ok(shot.colours > 8);
  } finally {
    await small.browser.close();
  }
});
