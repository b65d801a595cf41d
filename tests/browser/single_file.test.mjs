// The single-file build opens from disk (file://) with no server and no network, and shows the corpus.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { canvasShot, openPage, singleFile, waitReady } from './harness.mjs';

let session;
const url = pathToFileURL(singleFile).href;

before(async () => {
  session = await openPage(url);
});

after(async () => {
  await session?.browser.close();
});

test('newslens.html opened from file:// loads the five articles', async () => {
  const status = await waitReady(session.page);
  assert.equal(status.documents, 5);
  assert.deepEqual(status.errors, []);
});

test('it draws the reader and the documents table', async () => {
  await waitReady(session.page);
  let shot = await canvasShot(session.page, 'single-file-reader');
  assert.ok(shot.colours > 8, `only ${shot.colours} colours in ${shot.file}`);
  await session.page.evaluate(() => window.newslens_command({ cmd: 'show_view', view: 'documents' }));
  await session.page.waitForFunction(() => window.newslens_status().view === 'documents');
  shot = await canvasShot(session.page, 'single-file-documents');
  assert.ok(shot.colours > 8);
});

test('the charts draw from file:// too: network, heat map and bars', async () => {
  await waitReady(session.page);
  const show = async (view) => {
    await session.page.evaluate((v) => window.newslens_command({ cmd: 'show_view', view: v }), view);
    await session.page.waitForFunction((v) => window.newslens_status().view === v, view);
  };
  await show('network');
  await session.page.waitForFunction(() => {
    const c = window.newslens_status().chart;
    return c && c.network_current && c.nodes > 5 && c.edges > 0;
  }, null, { timeout: 20000 });
  let shot = await canvasShot(session.page, 'single-file-network');
  assert.ok(shot.colours > 16, `only ${shot.colours} colours in ${shot.file}`);
  await show('heatmap');
  await session.page.waitForTimeout(300);
  shot = await canvasShot(session.page, 'single-file-heatmap');
  assert.ok(shot.colours > 16, `only ${shot.colours} colours in ${shot.file}`);
  await show('bars');
  await session.page.waitForFunction(() => (window.newslens_status().chart.bars || []).length > 0, null, { timeout: 20000 });
  shot = await canvasShot(session.page, 'single-file-bars');
  assert.ok(shot.colours > 16, `only ${shot.colours} colours in ${shot.file}`);
});

test('it requests nothing but itself and logs no errors', async () => {
  await waitReady(session.page);
  assert.deepEqual(session.requests.filter((r) => r !== url && !r.startsWith('data:')), []);
  assert.deepEqual(session.consoleErrors, []);
});
