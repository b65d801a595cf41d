// The loading screen: real progress while the .wasm and .data arrive, and a clear message when the browser
// lacks WebGL2 or a file fails to load.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openPage, serve, waitReady } from './harness.mjs';

let server;
before(async () => { server = await serve(); });
after(() => server?.stop());

async function errorText(page) {
  await page.waitForFunction(() => getComputedStyle(document.getElementById('error')).display !== 'none',
    null, { timeout: 30000 });
  return page.evaluate(() => document.getElementById('error').textContent);
}

test('progress counts the bytes of the .wasm and .data as they arrive', async () => {
  const seen = [];
  const s = await openPage(`${server.origin}/index.html`, {
    beforeGoto: async (page) => {
      // About 2 MB/s: slow enough to watch the bar move, fast enough for a test.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions',
        { offline: false, latency: 20, downloadThroughput: 2e6, uploadThroughput: 1e6 });
      await page.exposeFunction('recordProgress', (t) => seen.push(t));
      await page.addInitScript(() => {
        const poll = setInterval(() => {
          const el = document.getElementById('progress-text');
          if (el) window.recordProgress(el.textContent);
          if (document.getElementById('loading')?.style.display === 'none') clearInterval(poll);
        }, 40);
      });
    },
  });
  try {
    const status = await waitReady(s.page);
    assert.equal(status.documents, 5);
    const downloads = seen.filter((t) => /^Downloading [\d.]+ (kB|MB) of [\d.]+ (kB|MB)$/.test(t));
    assert.ok(new Set(downloads).size >= 3, `progress steps seen: ${JSON.stringify([...new Set(seen)])}`);
    // The total covers both files: .wasm + .data is well over 1.5 MB.
    assert.ok(downloads.some((t) => / of 1\.[5-9] MB$| of [2-9]\.\d MB$/.test(t)), JSON.stringify(downloads.slice(-3)));
  } finally {
    await s.browser.close();
  }
});

test('a .data file that fails to load gives a clear message', async () => {
  const s = await openPage(`${server.origin}/index.html`, {
    beforeGoto: (page) => page.route('**/index.data', (route) => route.fulfill({ status: 404, body: 'gone' })),
  });
  try {
    const text = await errorText(s.page);
    assert.match(text, /Loading failed/);
    assert.match(text, /index\.data/);
  } finally {
    await s.browser.close();
  }
});

test('a .wasm file that fails to load gives a clear message', async () => {
  const s = await openPage(`${server.origin}/index.html`, {
    beforeGoto: (page) => page.route('**/index.wasm', (route) => route.abort()),
  });
  try {
    const text = await errorText(s.page);
    assert.match(text, /could not load index\.wasm/);
  } finally {
    await s.browser.close();
  }
});

test('without WebGL2 the page says so instead of failing silently', async () => {
  const s = await openPage(`${server.origin}/index.html`, { extraArgs: ['--disable-webgl2'] });
  try {
    const text = await errorText(s.page);
    assert.match(text, /needs WebGL2/);
  } finally {
    await s.browser.close();
  }
});
