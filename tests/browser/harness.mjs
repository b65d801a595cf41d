// Shared by the browser tests: serves the built page on loopback, launches Debian's Chromium headless with
// WebGL2 through SwiftShader, and records console errors and every request the page makes.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import { after, before } from 'node:test';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, '../..');
export const siteDir = process.env.NEWSLENS_SITE || path.join(repo, 'build/web/site');
export const singleFile = process.env.NEWSLENS_SINGLE || path.join(repo, 'build/web/single/newslens.html');
export const artifacts = path.join(here, 'artifacts');
mkdirSync(artifacts, { recursive: true });

const CHROMIUM_ARGS = [
  '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function waitForServer(url, deadlineMs) {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`static server did not answer at ${url}`);
}

// Starts `python3 -m http.server` on 127.0.0.1 serving `dir`; returns { origin, stop }.
export async function serve(dir = siteDir) {
  const port = await freePort();
  const proc = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '-d', dir],
    { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  await waitForServer(`${origin}/index.html`, 10000);
  return { origin, stop: () => proc.kill() };
}

// Opens `url` in a fresh headless Chromium; returns { browser, page, consoleErrors, requests }.
// `extraArgs` adds Chromium flags; `beforeGoto(page)` can set up routes or throttling before navigation.
// `runningBrowser`: first make one WebGL context in a throwaway blank page, as a browser already in use has
// its GPU process up (starting it costs about a second with SwiftShader); the page then opens in a new
// context with an empty cache.
export async function openPage(url, { width = 1280, height = 800, extraArgs = [], beforeGoto = null,
                                      runningBrowser = false, scale = 1 } = {}) {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium', headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
  if (runningBrowser) {
    const warm = await browser.newContext();
    const blank = await warm.newPage();
    await blank.evaluate(() => !!document.createElement('canvas').getContext('webgl2'));
    await warm.close();
  }
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale });
  const page = await context.newPage();
  const consoleErrors = [];
  const requests = [];
  page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(msg.text()); });
  page.on('pageerror', (err) => consoleErrors.push(String(err)));
  page.on('request', (req) => requests.push(req.url()));
  if (beforeGoto) await beforeGoto(page);
  await page.goto(url);
  return { browser, page, consoleErrors, requests };
}

// Waits until window.newslens_status() reports ready (the first frame drawn with the corpus analysed).
export async function waitReady(page, timeoutMs = 60000) {
  await page.waitForFunction(() => window.newslens_status && window.newslens_status().ready === true,
    null, { timeout: timeoutMs, polling: 100 });
  return page.evaluate(() => window.newslens_status());
}

// Screenshot of the canvas saved under artifacts/; returns the number of distinct colours, so a test can
// tell a drawn frame from a blank one.
export async function canvasShot(page, name) {
  const file = path.join(artifacts, `${name}.png`);
  const buffer = await page.locator('#canvas').screenshot({ path: file });
  const png = PNG.sync.read(buffer);
  const colours = new Set();
  for (let i = 0; i < png.data.length; i += 4 * 7) {  // every 7th pixel is plenty
    colours.add((png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2]);
    if (colours.size > 64) break;
  }
  return { file, colours: colours.size };
}

// One served page shared by a test file's tests: serves the site, opens the page, waits for ready, and closes
// both after the file's tests. Returns an object filled in before the first test runs.
export function useApp({ width = 1280, height = 800 } = {}) {
  const app = {
    status: () => app.page.evaluate(() => window.newslens_status()),
    command: (c) => app.page.evaluate((x) => window.newslens_command(x), c),
  };
  before(async () => {
    app.server = await serve();
    app.session = await openPage(`${app.server.origin}/index.html`, { width, height });
    app.page = app.session.page;
    await waitReady(app.page);
  });
  after(async () => {
    await app.session?.browser.close();
    app.server?.stop();
  });
  return app;
}
