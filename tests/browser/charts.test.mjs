// The co-occurrence charts on the bundled corpus (five articles on the Putin–Xi meeting): shared settings
// through set_chart, the network's nodes, edges and settling, the heat map's ordering and scale, the bars
// for a selected entity, and a screenshot of each (looked at by a person; here only checked not blank).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { canvasShot, openPage, serve, waitReady } from './harness.mjs';

let server;
let session;

const command = (cmd) => session.page.evaluate((c) => window.newslens_command(c), cmd);
const status = () => session.page.evaluate(() => window.newslens_status());

before(async () => {
  server = await serve();
  session = await openPage(`${server.origin}/index.html`, { width: 1280, height: 800 });
  await waitReady(session.page);
});

after(async () => {
  await session?.browser.close();
  server?.stop();
});

async function waitChart(predicate, what, timeoutMs = 20000) {
  const until = Date.now() + timeoutMs;
  let last;
  while (Date.now() < until) {
    last = await status();
    if (predicate(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`${what}: last chart status ${JSON.stringify(last?.chart)}`);
}

test('set_chart changes every setting and rejects bad values', async () => {
  let reply = await command({ cmd: 'set_chart', window: 'paragraph', measure: 'dice', min_count: 1, top_n: 30,
    types: ['PERSON', 'PLACE'] });
  assert.deepEqual(reply, { ok: true });
  const s = await waitChart((s) => s.chart.window === 'paragraph', 'settings applied');
  assert.equal(s.chart.measure, 'dice');
  assert.equal(s.chart.min_count, 1);
  assert.equal(s.chart.top_n, 30);
  assert.deepEqual(s.chart.types, ['PERSON', 'PLACE']);
  assert.ok(s.chart.entities > 0 && s.chart.entities <= 30, `entities ${s.chart.entities}`);
  for (const bad of [{ window: 'page' }, { measure: 'jaccard' }, { min_count: 0 }, { types: ['ALIEN'] }]) {
    reply = await command({ cmd: 'set_chart', ...bad });
    assert.equal(reply.ok, false, JSON.stringify(bad));
  }
  assert.equal((await status()).chart.window, 'paragraph', 'a rejected command changes nothing');
});

test('the network draws the top entities, settles, and stops', async () => {
  await command({ cmd: 'set_chart', window: 'sentence', measure: 'npmi', min_count: 1, top_n: 25,
    types: ['PERSON', 'ORG', 'PLACE', 'MISC'] });
  await command({ cmd: 'show_view', view: 'network' });
  const s = await waitChart((s) => s.view === 'network' && s.chart.network_current && s.chart.settled,
    'network settled');
  assert.equal(s.chart.nodes, s.chart.entities);
  assert.ok(s.chart.nodes >= 10, `nodes ${s.chart.nodes}`);
  assert.ok(s.chart.edges > 0, `edges ${s.chart.edges}`);
  assert.ok(s.chart.pairs >= s.chart.edges);
  const iterations = s.chart.layout_iterations;
  await new Promise((r) => setTimeout(r, 500));
  assert.equal((await status()).chart.layout_iterations, iterations, 'no layout work once settled');
  const shot = await canvasShot(session.page, 'network');
  assert.ok(shot.colours > 16, `only ${shot.colours} colours in ${shot.file}`);
});

test('selecting an entity highlights it in the network and lists its partners in the bars', async () => {
  const reply = await command({ cmd: 'select_entity', name: 'Xi Jinping' });
  assert.deepEqual(reply, { ok: true, entity: 'Xi Jinping' });
  assert.equal((await command({ cmd: 'select_entity', name: 'Nobody Atall' })).ok, false);
  await new Promise((r) => setTimeout(r, 300));
  await canvasShot(session.page, 'network-selected');
  await command({ cmd: 'show_view', view: 'bars' });
  const s = await waitChart((s) => s.view === 'bars' && s.chart.bars_entity === 'Xi Jinping', 'bars for Xi');
  assert.ok(s.chart.bars.length > 0, 'Xi Jinping has partners');
  for (const row of s.chart.bars) assert.ok(row.a === 'Xi Jinping' || row.b === 'Xi Jinping', JSON.stringify(row));
  const values = s.chart.bars.map((r) => r.value);
  assert.deepEqual(values, [...values].sort((x, y) => y - x), 'strongest first');
  const partners = s.chart.bars.map((r) => (r.a === 'Xi Jinping' ? r.b : r.a));
  assert.ok(partners.includes('Vladimir Putin'), `partners: ${partners.join(', ')}`);
  const shot = await canvasShot(session.page, 'bars-xi');
  assert.ok(shot.colours > 16, `only ${shot.colours} colours in ${shot.file}`);
});

test('with nothing selected the bars rank the strongest pairs overall', async () => {
  await command({ cmd: 'show_view', view: 'bars' });
  await command({ cmd: 'clear_selection' });
  await command({ cmd: 'set_chart', measure: 'count' });
  const s = await waitChart((s) => s.chart.bars_entity === null && s.chart.measure === 'count' && s.chart.bars,
    'bars for all pairs');
  assert.ok(s.chart.bars.length >= 5);
  const values = s.chart.bars.map((r) => r.value);
  assert.deepEqual(values, [...values].sort((x, y) => y - x));
  await canvasShot(session.page, 'bars-pairs');
});

test('the heat map orders the top entities and scales NPMI around zero', async () => {
  await command({ cmd: 'set_chart', measure: 'npmi', top_n: 25 });
  await command({ cmd: 'show_view', view: 'heatmap' });
  const s = await waitChart((s) => s.view === 'heatmap' && s.chart.measure === 'npmi' && s.chart.heatmap_order,
    'heat map drawn');
  assert.equal(s.chart.heatmap_order.length, s.chart.entities);
  assert.equal(new Set(s.chart.heatmap_order).size, s.chart.heatmap_order.length, 'each entity once');
  assert.ok(s.chart.heatmap_cells > 0);
  assert.equal(s.chart.heatmap_min, -s.chart.heatmap_max, 'a diverging scale is symmetric');
  assert.ok(s.chart.heatmap_max > 0 && s.chart.heatmap_max <= 1);
  const shot = await canvasShot(session.page, 'heatmap');
  assert.ok(shot.colours > 16, `only ${shot.colours} colours in ${shot.file}`);
});

test('the charts follow the included documents', async () => {
  const start = await status();
  const ids = start.document_ids;
  for (const id of ids.slice(1)) assert.deepEqual(await command({ cmd: 'include_document', id, included: false }), { ok: true });
  const s = await waitChart((s) => s.included_documents === 1 && s.chart.heatmap_order &&
    s.chart.pairs < start.chart.pairs, 'fewer pairs with one article');
  assert.ok(s.chart.entities <= start.chart.entities);
  await canvasShot(session.page, 'heatmap-one-article');
  for (const id of ids.slice(1)) await command({ cmd: 'include_document', id, included: true });
  const back = await waitChart((s) => s.included_documents === ids.length && s.chart.heatmap_order, 'all back');
  assert.equal(back.chart.pairs, start.chart.pairs);
});

test('the heat map and network stay readable at 1024x640', async () => {
  await session.page.setViewportSize({ width: 1024, height: 640 });
  await command({ cmd: 'set_chart', measure: 'npmi', top_n: 25, window: 'sentence', min_count: 1 });
  await new Promise((r) => setTimeout(r, 500));
  const heat = await canvasShot(session.page, 'heatmap-1024');
  assert.ok(heat.colours > 16);
  await command({ cmd: 'show_view', view: 'network' });
  await waitChart((s) => s.view === 'network' && s.chart.network_current && s.chart.settled, 'network settled');
  await new Promise((r) => setTimeout(r, 300));
  const net = await canvasShot(session.page, 'network-1024');
  assert.ok(net.colours > 16);
});

test('no console errors while driving the charts', async () => {
  assert.deepEqual(session.consoleErrors, []);
});
