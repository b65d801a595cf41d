// The table views (Entities, Quotes, Compare) on the bundled corpus, driven through window.newslens_command
// as a user's clicks would drive them, asserted through the status the page reports, with a screenshot of
// each view saved under artifacts/ to look at.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { canvasShot, openPage, serve, waitReady } from './harness.mjs';

let server;
let session;

before(async () => {
  server = await serve();
  session = await openPage(`${server.origin}/index.html`, { width: 1400, height: 860 });
  await waitReady(session.page);
});

after(async () => {
  await session?.browser.close();
  server?.stop();
});

const command = (cmd) => session.page.evaluate((c) => window.newslens_command(c), cmd);
const status = () => session.page.evaluate(() => window.newslens_status());

// Waits for a couple of frames so the canvas shows what the last command asked for.
async function frames(n = 3) {
  const start = (await status()).frames;
  await session.page.waitForFunction((f) => window.newslens_status().frames >= f, start + n, { polling: 50 });
}

async function show(view) {
  assert.deepEqual(await command({ cmd: 'show_view', view }), { ok: true });
  await session.page.waitForFunction((v) => window.newslens_status().view === v, view, { polling: 50 });
  await frames();
}

test('entities: the table lists the corpus\'s entities, most mentioned first, and filters by text and type', async () => {
  await show('entities');
  let s = await status();
  assert.ok(s.entities_view.rows > 0, 'some entities');
  assert.equal(s.entities_view.sort, 'mentions');
  assert.equal(s.entities_view.descending, true);
  const all = s.entities_view.rows;
  const shot = await canvasShot(session.page, 'tables-entities');
  assert.ok(shot.colours > 8, `only ${shot.colours} colours in ${shot.file}`);

  assert.deepEqual(await command({ cmd: 'filter_entities', types: ['MONEY'] }), { ok: true });
  s = await status();
  assert.deepEqual(s.entities_view.types, ['MONEY']);
  assert.ok(s.entities_view.rows > 0 && s.entities_view.rows < all, `${s.entities_view.rows} of ${all}`);
  const csv = (await command({ cmd: 'table_csv', view: 'entities' })).csv;
  const lines = csv.trim().split('\r\n');
  assert.equal(lines[0], 'name,type,mentions,articles,aliases');
  assert.equal(lines.length - 1, s.entities_view.rows);
  for (const line of lines.slice(1)) assert.match(line, /,MONEY,/);
  await frames();
  await canvasShot(session.page, 'tables-entities-money');

  assert.deepEqual(await command({ cmd: 'filter_entities', text: 'zzzz-nothing' }), { ok: true });
  assert.equal((await status()).entities_view.rows, 0);
  assert.deepEqual(await command({ cmd: 'filter_entities' }), { ok: true });
  assert.equal((await status()).entities_view.rows, all);
});

test('entities: sorting by name orders the rows alphabetically', async () => {
  assert.deepEqual(await command({ cmd: 'sort_entities', column: 'name' }), { ok: true });
  await frames();
  const s = await status();
  assert.equal(s.entities_view.sort, 'name');
  const top = s.entities_view.top;
  assert.deepEqual(top, [...top].sort());
  assert.deepEqual(await command({ cmd: 'sort_entities', column: 'mentions', descending: true }), { ok: true });
  await frames();
  assert.equal((await status()).entities_view.sort, 'mentions');
});

test('quotes: the table, its filters, grouping, and a click that opens the reader', async () => {
  await show('quotes');
  let s = await status();
  assert.equal(s.quotes_view.grouping, 'none');
  assert.equal(s.quotes_view.rows, s.quotes);
  await canvasShot(session.page, 'tables-quotes');
  if (s.quotes === 0) return;

  assert.deepEqual(await command({ cmd: 'quote_grouping', mode: 'speaker' }), { ok: true });
  await frames();
  s = await status();
  assert.equal(s.quotes_view.grouping, 'speaker');
  assert.equal(s.quotes_view.nodes.reduce((n, node) => n + node.rows, 0), s.quotes_view.rows);
  await canvasShot(session.page, 'tables-quotes-by-speaker');

  assert.deepEqual(await command({ cmd: 'quote_grouping', mode: 'group' }), { ok: true });
  await frames();
  await canvasShot(session.page, 'tables-quotes-by-group');
  assert.deepEqual(await command({ cmd: 'quote_grouping', mode: 'none' }), { ok: true });

  const reply = await command({ cmd: 'open_quote', index: 0 });
  assert.equal(reply.ok, true);
  await session.page.waitForFunction(() => window.newslens_status().view === 'reader', null, { polling: 50 });
  s = await status();
  assert.equal(s.selected_document, reply.document);
  assert.equal(s.quotes_view.selected_quote, 0);
});

test('compare: figures and quotations several articles carry, disagreements counted', async () => {
  await show('compare');
  const s = await status();
  assert.ok(s.compare_view.figures >= s.compare_view.disagreements);
  await canvasShot(session.page, 'tables-compare');
});

test('no console errors', async () => {
  assert.deepEqual(session.consoleErrors, []);
});
