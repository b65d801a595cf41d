// Benchmark (not a test): the bytes of each shipped file, raw and gzipped, and the time from navigation to
// the first frame drawn with the corpus analysed, over localhost in headless Chromium (median of N runs,
// each in a fresh browser with an empty cache; see the two measures below). Usage: node bench_load.mjs SITE_DIR SINGLE_FILE [RUNS]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { openPage, serve, waitReady } from './harness.mjs';

const [siteDir, single, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 5);
const kB = (n) => (n / 1024).toFixed(1).padStart(8) + ' kB';

const files = readdirSync(siteDir).map((f) => path.join(siteDir, f)).filter((f) => statSync(f).isFile());
if (single) files.push(single);
let codeGz = 0;
console.log('file                         raw          gzip -9');
for (const f of files.sort()) {
  const bytes = readFileSync(f);
  const gz = gzipSync(bytes, { level: 9 }).length;
  if (/\.(wasm|js)$/.test(f)) codeGz += gz;
  console.log(`${path.basename(f).padEnd(22)} ${kB(bytes.length)}  ${kB(gz)}`);
}
const codeMB = codeGz / 1048576;
console.log(`code (.wasm + .js) gzipped: ${codeMB.toFixed(2)} MB (budget 1.5 MB): ${codeMB <= 1.5 ? 'within' : 'OVER'}`);

// Two measures, each a fresh browser per run with an empty cache: "running browser" opens the page in a browser
// that has already drawn WebGL (as a browser in use has), which is the page's own cost and what the budget is
// about; "cold browser" opens it as the browser's first page, so it also pays for starting the GPU process.
const server = await serve(siteDir);
const results = {};
try {
  for (const mode of ['running', 'cold']) {
    const times = [];
    const startups = [];
    for (let i = 0; i < runs; ++i) {
      const s = await openPage(`${server.origin}/index.html`, { runningBrowser: mode === 'running' });
      try {
        const status = await waitReady(s.page);
        times.push(await s.page.evaluate(() => window.newslensReadyAt));
        startups.push(status.startup_ms);
      } finally {
        await s.browser.close();
      }
    }
    results[mode] = { times, startups };
  }
} finally {
  server.stop();
}
const middle = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
for (const mode of ['running', 'cold']) {
  const { times, startups } = results[mode];
  const mid = (key) => middle(startups.map((x) => x[key])).toFixed(0);
  const label = mode === 'running' ? 'running browser' : 'cold browser';
  console.log(`${label}: start-up milestones, median ms since navigation: main ${mid('main')}, WebGL2 + fonts ` +
              `ready ${mid('platform_ready')}, lexicons ${mid('lexicons_loaded')}, corpus analysed ${mid('corpus_analysed')}, first frame ${mid('first_frame')}`);
  console.log(`${label}: first analysed frame after navigation (ms, ${runs} runs): ` +
              `${times.map((t) => t.toFixed(0)).join(' ')}; median ${middle(times).toFixed(0)} ms`);
}
const median = middle(results.running.times);
console.log(`median, running browser: ${median.toFixed(0)} ms (budget 1500 ms): ${median <= 1500 ? 'within' : 'OVER'}`);
