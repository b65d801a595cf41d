// The table views (Entities, Quotes, Compare) on the bundled corpus, driven through window.newslens_command
// as a user's clicks would drive them, asserted through the status the page reports and the CSV of the
// visible rows, with a screenshot of each view saved under artifacts/ to look at.
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

// Waits for a few frames so the canvas shows what the last command asked for.
async function frames(n = 3) {
  const start = (await status()).frames;
  await session.page.waitForFunction((f) => window.newslens_status().frames >= f, start + n, { polling: 50 });
}

async function show(view) {
  assert.deepEqual(await command({ cmd: 'show_view', view }), { ok: true });
  await session.page.waitForFunction((v) => window.newslens_status().view === v, view, { polling: 50 });
  await frames();
}

// RFC 4180 CSV (what table_csv returns) to an array of objects keyed by the header.
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; ++i) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; ++i; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field); rows.push(row); row = []; field = ''; ++i;
    } else field += c;
  }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, k) => [h, r[k]])));
}

async function tableRows(view) {
  const reply = await command({ cmd: 'table_csv', view });
  assert.equal(reply.ok, true);
  return parseCsv(reply.csv);
}

test('entities: the table lists the corpus\'s entities, most mentioned first, and filters by text and type', async () => {
  await show('entities');
  let s = await status();
  assert.ok(s.entities_view.rows > 0, 'some entities');
  assert.equal(s.entities_view.sort, 'mentions');
  assert.equal(s.entities_view.descending, true);
  const all = await tableRows('entities');
  assert.equal(all.length, s.entities_view.rows);
  for (let i = 1; i < all.length; ++i) assert.ok(+all[i - 1].mentions >= +all[i].mentions, 'mentions descending');
  const shot = await canvasShot(session.page, 'tables-entities');
  assert.ok(shot.colours > 8, `only ${shot.colours} colours in ${shot.file}`);

  // Tick boxes: only money.
  assert.deepEqual(await command({ cmd: 'filter_entities', types: ['MONEY'] }), { ok: true });
  s = await status();
  assert.deepEqual(s.entities_view.types, ['MONEY']);
  const money = await tableRows('entities');
  assert.equal(money.length, all.filter((r) => r.type === 'MONEY').length);
  assert.ok(money.length > 0 && money.length < all.length, `${money.length} of ${all.length}`);
  await frames();
  await canvasShot(session.page, 'tables-entities-money');

  // Text: matches names and aliases, case-insensitively.
  const withAlias = all.find((r) => r.aliases !== '');
  const alias = withAlias.aliases.split('; ')[0];
  assert.deepEqual(await command({ cmd: 'filter_entities', text: alias.toUpperCase() }), { ok: true });
  const found = await tableRows('entities');
  assert.ok(found.some((r) => r.name === withAlias.name), `${alias} finds ${withAlias.name}`);
  assert.equal((await status()).entities_view.filter, alias.toUpperCase());

  assert.deepEqual(await command({ cmd: 'filter_entities', text: 'zzzz-nothing' }), { ok: true });
  assert.equal((await status()).entities_view.rows, 0);
  assert.deepEqual(await command({ cmd: 'filter_entities' }), { ok: true });
  assert.equal((await status()).entities_view.rows, all.length);
});

test('entities: sorting by name orders the rows alphabetically, and back', async () => {
  assert.deepEqual(await command({ cmd: 'sort_entities', column: 'name' }), { ok: true });
  await frames();
  const s = await status();
  assert.equal(s.entities_view.sort, 'name');
  assert.equal(s.entities_view.descending, false);
  const names = (await tableRows('entities')).map((r) => r.name);
  assert.deepEqual(names, [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  assert.deepEqual(await command({ cmd: 'sort_entities', column: 'mentions', descending: true }), { ok: true });
  await frames();
  assert.equal((await status()).entities_view.sort, 'mentions');
  assert.equal((await command({ cmd: 'sort_entities', column: 'colour' })).ok, false);
});

test('entities: selecting by name selects everywhere', async () => {
  const [first] = await tableRows('entities');
  const reply = await command({ cmd: 'select_entity', name: first.name });
  assert.deepEqual(reply, { ok: true, entity: first.name });
  assert.equal((await status()).selected_entity, first.name);
  await frames();
  await canvasShot(session.page, 'tables-entities-selected');
  assert.equal((await command({ cmd: 'select_entity', name: 'Nobody At All' })).ok, false);
});

test('entities: merge, split an alias off, undo, and the edits list round trip', async () => {
  const before = await tableRows('entities');
  const byName = (rows, name) => rows.find((r) => r.name === name);
  // Two entities of one type: the less mentioned merges into the more mentioned, as a user fixing a
  // missed alias would ("Xi" into "Xi Jinping").
  const types = [...new Set(before.map((r) => r.type))];
  const type = types.find((t) => before.filter((r) => r.type === t).length >= 2);
  const [into, from] = before.filter((r) => r.type === type);

  let reply = await command({ cmd: 'merge_entities', from: from.name, into: into.name });
  assert.deepEqual(reply, { ok: true, entity: into.name });
  let s = await status();
  assert.equal(s.edits, 1);
  assert.equal(s.selected_entity, into.name, 'the merged entity is selected');
  assert.equal(s.entities_view.rows, before.length - 1);
  let rows = await tableRows('entities');
  assert.equal(byName(rows, from.name), undefined);
  assert.equal(+byName(rows, into.name).mentions, +into.mentions + +from.mentions);
  assert.ok(byName(rows, into.name).aliases.split('; ').includes(from.name));
  await frames();
  await canvasShot(session.page, 'tables-entities-merged');

  // Split it off again: the merged name becomes an entity of its own with its own mentions.
  reply = await command({ cmd: 'split_alias', entity: into.name, alias: from.name });
  assert.equal(reply.ok, true);
  s = await status();
  assert.equal(s.edits, 2);
  rows = await tableRows('entities');
  assert.equal(rows.length, before.length);
  assert.ok(byName(rows, from.name), `${from.name} is back`);

  const saved = await command({ cmd: 'entity_edits' });
  assert.deepEqual(saved.edits, [
    { op: 'merge', from: from.name, into: into.name },
    { op: 'split', entity: into.name, alias: from.name },
  ]);
  assert.deepEqual(s.entity_edits, saved.edits);

  // Undo replays what is left: the merge alone.
  assert.deepEqual(await command({ cmd: 'undo_edit' }), { ok: true });
  s = await status();
  assert.equal(s.edits, 1);
  assert.equal(s.entities_view.rows, before.length - 1);
  assert.deepEqual(await command({ cmd: 'undo_edit' }), { ok: true });
  assert.equal((await status()).entities_view.rows, before.length);
  assert.equal((await command({ cmd: 'undo_edit' })).ok, false, 'nothing left to undo');
  assert.deepEqual(await tableRows('entities'), before);

  // Restored from storage: the page hands the list back and every edit applies again.
  reply = await command({ cmd: 'set_entity_edits', edits: saved.edits });
  assert.equal(reply.ok, true);
  assert.deepEqual(reply.outcomes.map((o) => o.applied), [true, true]);
  assert.equal((await status()).edits, 2);
  reply = await command({ cmd: 'set_entity_edits', edits: [] });
  assert.deepEqual(reply, { ok: true, outcomes: [] });
  assert.deepEqual(await tableRows('entities'), before);
});

test('entities: edits that name nothing are refused with the name, and not kept', async () => {
  let reply = await command({ cmd: 'merge_entities', from: 'Nobody At All', into: 'Xi Jinping' });
  assert.equal(reply.ok, false);
  assert.match(reply.error, /Nobody At All/);
  const [first] = await tableRows('entities');
  reply = await command({ cmd: 'split_alias', entity: first.name, alias: first.name });
  assert.equal(reply.ok, false);
  assert.match(reply.error, /own name/);
  reply = await command({ cmd: 'set_entity_edits', edits: [{ op: 'rename', from: 'a' }] });
  assert.equal(reply.ok, false);
  assert.match(reply.error, /edit 0/);
  assert.equal((await status()).edits, 0);
});

test('entities: "Xi" split off "Xi Jinping" and merged back, as a user correcting the analysis would', async () => {
  await command({ cmd: 'set_entity_edits', edits: [] });
  const byName = (rows, name) => rows.find((r) => r.name === name);
  let rows = await tableRows('entities');
  const xi = byName(rows, 'Xi Jinping');
  assert.ok(xi && xi.aliases.split('; ').includes('Xi'), `Xi Jinping's aliases: ${xi && xi.aliases}`);

  assert.equal((await command({ cmd: 'split_alias', entity: 'Xi Jinping', alias: 'Xi' })).ok, true);
  rows = await tableRows('entities');
  const alone = byName(rows, 'Xi');
  assert.ok(alone, '"Xi" is an entity of its own');
  assert.equal(+byName(rows, 'Xi Jinping').mentions + +alone.mentions, +xi.mentions, 'mentions move, none lost');

  assert.deepEqual(await command({ cmd: 'merge_entities', from: 'Xi', into: 'Xi Jinping' }), { ok: true, entity: 'Xi Jinping' });
  rows = await tableRows('entities');
  assert.equal(byName(rows, 'Xi'), undefined);
  assert.equal(+byName(rows, 'Xi Jinping').mentions, +xi.mentions);
  assert.deepEqual(await command({ cmd: 'set_entity_edits', edits: [] }), { ok: true, outcomes: [] });
});

test('quotes: the table, its filters and grouping', async () => {
  await show('quotes');
  let s = await status();
  assert.equal(s.quotes_view.grouping, 'none');
  assert.ok(s.quotes > 0, 'the bundled corpus has quotes');
  assert.equal(s.quotes_view.rows, s.quotes);
  await canvasShot(session.page, 'tables-quotes');

  assert.deepEqual(await command({ cmd: 'quote_grouping', mode: 'speaker' }), { ok: true });
  await frames();
  s = await status();
  assert.equal(s.quotes_view.grouping, 'speaker');
  const nodes = s.quotes_view.nodes;
  assert.equal(nodes.reduce((n, node) => n + node.rows, 0), s.quotes_view.rows, 'every row under one speaker');
  await canvasShot(session.page, 'tables-quotes-by-speaker');

  // The most quoted speaker's quotes, direct ones, then those with a word in them.
  const speaker = nodes[0].label;
  assert.deepEqual(await command({ cmd: 'filter_quotes', speaker }), { ok: true });
  s = await status();
  assert.equal(s.quotes_view.speaker, speaker);
  assert.equal(s.quotes_view.rows, nodes[0].rows);
  assert.deepEqual(await command({ cmd: 'filter_quotes', speaker, kind: 'direct' }), { ok: true });
  let rows = await tableRows('quotes');
  assert.ok(rows.every((r) => r.speaker === speaker && r.kind === 'direct'));
  assert.equal(rows.length, (await status()).quotes_view.rows);
  assert.deepEqual(await command({ cmd: 'filter_quotes', text: 'TRADE' }), { ok: true });
  rows = await tableRows('quotes');
  assert.ok(rows.length > 0, 'the corpus quotes someone on trade');
  assert.ok(rows.every((r) => /trade/i.test(r.quote)));
  assert.equal((await command({ cmd: 'filter_quotes', kind: 'gossip' })).ok, false);
  assert.deepEqual(await command({ cmd: 'filter_quotes' }), { ok: true });
  assert.equal((await status()).quotes_view.rows, s.quotes);

  assert.deepEqual(await command({ cmd: 'quote_grouping', mode: 'group' }), { ok: true });
  await frames();
  s = await status();
  const groups = s.quotes_view.nodes.filter((n) => n.outlets >= 2);
  assert.ok(groups.length > 0, 'some words are carried by several outlets');
  assert.ok(groups.every((n, i) => i === 0 || groups[i - 1].outlets >= n.outlets), 'widest carried first');
  await canvasShot(session.page, 'tables-quotes-by-group');
  assert.deepEqual(await command({ cmd: 'quote_grouping', mode: 'none' }), { ok: true });
  assert.equal((await command({ cmd: 'quote_grouping', mode: 'colour' })).ok, false);
});

test('quotes: sorting by outlets puts the widely carried words first', async () => {
  assert.deepEqual(await command({ cmd: 'sort_quotes', column: 'outlets', descending: true }), { ok: true });
  await frames();
  const rows = await tableRows('quotes');
  for (let i = 1; i < rows.length; ++i) assert.ok(+rows[i - 1].outlets >= +rows[i].outlets);
  assert.ok(+rows[0].outlets >= 2);
  await canvasShot(session.page, 'tables-quotes-by-outlets');
  assert.deepEqual(await command({ cmd: 'sort_quotes', column: 'article' }), { ok: true });
});

test('quotes: opening a quote shows it in the reader', async () => {
  const [row] = await tableRows('quotes');
  const reply = await command({ cmd: 'open_quote', row: 0 });
  assert.equal(reply.ok, true);
  assert.equal(reply.document, row.document);
  assert.equal(reply.start, +row.start);
  await session.page.waitForFunction(() => window.newslens_status().view === 'reader', null, { polling: 50 });
  let s = await status();
  assert.equal(s.selected_document, row.document);
  assert.equal(s.quotes_view.selected_quote, reply.index);

  await show('quotes');
  const byIndex = await command({ cmd: 'open_quote', index: 3 });
  assert.equal(byIndex.ok, true);
  await session.page.waitForFunction(() => window.newslens_status().view === 'reader', null, { polling: 50 });
  s = await status();
  assert.equal(s.selected_document, byIndex.document);
  assert.equal(s.quotes_view.selected_quote, 3);
  await frames();
  await canvasShot(session.page, 'tables-quote-in-reader');
  assert.equal((await command({ cmd: 'open_quote', index: 100000 })).ok, false);
});

test('compare: figures and quotations several outlets carry, each opening in the reader', async () => {
  await show('compare');
  let s = await status();
  assert.ok(s.compare_view.figures > 0, 'the bundled articles share figures');
  assert.ok(s.compare_view.quote_groups > 0, 'and quotations');
  assert.ok(s.compare_view.disagreements <= s.compare_view.figures);
  await canvasShot(session.page, 'tables-compare');
  const rows = await tableRows('compare');
  const figureRows = rows.filter((r) => r.section === 'figure');
  assert.equal(new Set(figureRows.map((r) => r.topic)).size <= s.compare_view.figures, true);
  assert.equal(rows.filter((r) => r.section === 'quote').length > 0, true);

  assert.deepEqual(await command({ cmd: 'compare_only_disagreements', on: true }), { ok: true });
  s = await status();
  assert.equal(s.compare_view.figures, s.compare_view.disagreements);
  await frames();
  await canvasShot(session.page, 'tables-compare-differ');
  assert.deepEqual(await command({ cmd: 'compare_only_disagreements', on: false }), { ok: true });

  const reply = await command({ cmd: 'open_figure', figure: 0, report: 0 });
  assert.equal(reply.ok, true);
  await session.page.waitForFunction(() => window.newslens_status().view === 'reader', null, { polling: 50 });
  assert.equal((await status()).selected_document, reply.document);
  assert.equal((await command({ cmd: 'open_figure', figure: 0, report: 999 })).ok, false);
});

test('the views follow the included documents', async () => {
  const s = await status();
  const all = { entities: s.entities_view.rows, quotes: s.quotes_view.rows, figures: s.compare_view.figures };
  for (const id of s.document_ids.slice(1))
    assert.deepEqual(await command({ cmd: 'include_document', id, included: false }), { ok: true });
  await frames();
  const one = await status();
  assert.ok(one.entities_view.rows < all.entities, 'fewer entities in one article');
  assert.ok(one.quotes_view.rows < all.quotes, 'fewer quotes');
  assert.equal(one.compare_view.figures, 0, 'one article compares with nothing');
  const quotes = await tableRows('quotes');
  assert.ok(quotes.every((r) => r.document === s.document_ids[0]));
  await show('compare');
  await canvasShot(session.page, 'tables-compare-one-article');
  for (const id of s.document_ids.slice(1)) await command({ cmd: 'include_document', id, included: true });
  await frames();
  assert.equal((await status()).quotes_view.rows, all.quotes);
});

test('no console errors', async () => {
  assert.deepEqual(session.consoleErrors, []);
});

test('entities: a merge survives a reload, and undoing it leaves nothing stored', async () => {
  await command({ cmd: 'set_entity_edits', edits: [] });
  const before = await tableRows('entities');
  const people = before.filter((r) => r.type === 'PERSON');
  const [into, from] = people;
  assert.equal((await command({ cmd: 'merge_entities', from: from.name, into: into.name })).ok, true);
  await frames();  // the app layer writes browser storage after the frame

  await session.page.reload();
  await waitReady(session.page);
  let s = await status();
  assert.equal(s.edits, 1, 'the merge was restored');
  assert.deepEqual(s.entity_edits, [{ op: 'merge', from: from.name, into: into.name }]);
  const rows = await tableRows('entities');
  assert.equal(rows.find((r) => r.name === from.name), undefined, `${from.name} is still merged`);

  assert.deepEqual(await command({ cmd: 'undo_edit' }), { ok: true });
  await frames();
  assert.equal(await session.page.evaluate(() => localStorage.getItem('newslens.edits.v1')), null);
  await session.page.reload();
  await waitReady(session.page);
  s = await status();
  assert.equal(s.edits, 0);
  assert.deepEqual(await tableRows('entities'), before);
});

// Real pointer input, as a user gives it: ImGui sees each press on its own frame (Playwright's double click
// spaces them by `delay`). A double click in a view used to be lost: the tab bar kept the view it was drawing.
// The Reader is shown and stays: a view that only flickers to it for a frame and falls back is a failure.
async function readerStays() {
  await session.page.waitForFunction(() => window.newslens_status().view === 'reader', null, { polling: 20, timeout: 5000 });
  await frames();
  assert.equal((await status()).view, 'reader');
}

test('documents, entities, quotes, compare: a double click on a row, or a click on a quote or figure, opens the Reader there', async () => {
  const page = session.page;
  await show('documents');
  const ids = (await status()).document_ids;
  await page.mouse.dblclick(600, 197, { delay: 40 });  // the third article's row
  await readerStays();
  assert.equal((await status()).selected_document, ids[2]);

  await show('entities');
  assert.deepEqual(await command({ cmd: 'sort_entities', column: 'mentions', descending: true }), { ok: true });
  await frames();
  const [, second] = await tableRows('entities');
  await page.mouse.dblclick(420, 288, { delay: 40 });  // the second row
  await readerStays();
  const s = await status();
  assert.equal(s.selected_entity, second.name);
  await frames();
  await canvasShot(page, 'tables-entity-double-click');

  // One click on a quote reads it in its article ("Click to read it in the article").
  await show('quotes');
  const [first] = await tableRows('quotes');
  await page.mouse.move(600, 193);  // the first row: the pointer reaches it before it clicks, as a hand's does
  await frames();
  await page.mouse.click(600, 193, { delay: 40 });
  await readerStays();
  assert.equal((await status()).selected_document, first.document);

  // One click on a figure's sentence in Compare reads it in its article too.
  await show('compare');
  await page.mouse.move(900, 205);  // the first figure's context
  await frames();
  await page.mouse.click(900, 205, { delay: 40 });
  await readerStays();
});
