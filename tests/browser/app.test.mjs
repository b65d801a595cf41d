// The page loads the bundled corpus and draws it: the foundation every view stands on.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { canvasShot, openPage, serve, waitReady } from './harness.mjs';

let server;
let session;

before(async () => {
  server = await serve();
  session = await openPage(`${server.origin}/index.html`);
});

after(async () => {
  await session?.browser.close();
  server?.stop();
});

test('the page loads the five bundled articles and reports ready', async () => {
  const status = await waitReady(session.page);
  assert.equal(status.documents, 5);
  assert.deepEqual(status.errors, []);
  assert.deepEqual(status.document_ids, [
    '000_23df6fbf173a6d2e', '001_c6671510831a82dd', '002_df33746b23206ae2', '003_061724f570955f0f',
    '004_9ac02513c2486903']);
  assert.equal(status.selected_document, '000_23df6fbf173a6d2e');
  assert.equal(status.view, 'reader');
});

test('the loading screen is gone and the canvas fills the window', async () => {
  await waitReady(session.page);
  const layout = await session.page.evaluate(() => ({
    loading: getComputedStyle(document.getElementById('loading')).display,
    canvas: [document.getElementById('canvas').clientWidth, document.getElementById('canvas').clientHeight],
    window: [innerWidth, innerHeight],
  }));
  assert.equal(layout.loading, 'none');
  assert.deepEqual(layout.canvas, layout.window);
});

test('the canvas shows a drawn frame, not a blank one', async () => {
  await waitReady(session.page);
  const shot = await canvasShot(session.page, 'reader-000');
  assert.ok(shot.colours > 8, `only ${shot.colours} colours in ${shot.file}`);
});

test('commands select an article and switch views', async () => {
  await waitReady(session.page);
  const page = session.page;
  let reply = await page.evaluate(() => window.newslens_command({ cmd: 'select_document', id: '003_061724f570955f0f' }));
  assert.deepEqual(reply, { ok: true });
  reply = await page.evaluate(() => window.newslens_command({ cmd: 'select_document', id: 'nope' }));
  assert.equal(reply.ok, false);
  await page.evaluate(() => window.newslens_command({ cmd: 'show_view', view: 'documents' }));
  await page.waitForFunction(() => window.newslens_status().view === 'documents');
  await canvasShot(page, 'documents');
  await page.evaluate(() => window.newslens_command({ cmd: 'show_view', view: 'reader' }));
  await page.waitForFunction(() => window.newslens_status().view === 'reader');
  const status = await page.evaluate(() => window.newslens_status());
  assert.equal(status.selected_document, '003_061724f570955f0f');
  const shot = await canvasShot(page, 'reader-003');
  assert.ok(shot.colours > 8);
});

test('no console errors and no request outside the page\'s own files', async () => {
  await waitReady(session.page);
  assert.deepEqual(session.consoleErrors, []);
  const outside = session.requests.filter((url) => !url.startsWith(server.origin + '/'));
  assert.deepEqual(outside, []);
  const files = new Set(session.requests.map((url) => new URL(url).pathname));
  for (const f of ['/index.html', '/index.js', '/index.wasm', '/index.data']) assert.ok(files.has(f), `requested ${f}`);
});

test('on a high-DPI screen the text is rasterised at device pixels, not scaled up', async () => {
  const base = (await session.page.evaluate(() => window.newslens_status())).font_pixels;
  const hidpi = await openPage(`${server.origin}/index.html`, { scale: 2 });
  try {
    const status = await waitReady(hidpi.page);
    assert.equal(status.font_pixels, 2 * base, `font_pixels ${status.font_pixels} at 2x, ${base} at 1x`);
    const size = await hidpi.page.evaluate(() => {
      const c = document.getElementById('canvas');
      return [c.width, c.height, c.clientWidth, c.clientHeight];
    });
    assert.deepEqual(size, [2 * size[2], 2 * size[3], size[2], size[3]], 'backing store at device pixels');
    const shot = await canvasShot(hidpi.page, 'reader-hidpi');
    assert.ok(shot.colours > 16, `only ${shot.colours} colours in ${shot.file}`);
    assert.deepEqual(hidpi.consoleErrors, []);
  } finally {
    await hidpi.browser.close();
  }
});
