// The analysis core compiled to WebAssembly (the page's core) gives the same JSON as the native build (the one the
// evaluations measure), byte for byte: the web build's `newslens.js` is the command-line tool run by Node on the
// real file system. Two standard libraries (libstdc++ natively, libc++ in WebAssembly) hash and sort differently,
// so any result that leaned on their order would show here.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { repo } from './harness.mjs';

const native = process.env.NEWSLENS_CLI || path.join(repo, 'build/native/newslens');
const wasm = process.env.NEWSLENS_NODE_CLI || path.join(repo, 'build/web/node/newslens.js');
const junk = mkdtempSync(path.join(tmpdir(), 'newslens-parity-'));

after(() => rmSync(junk, { recursive: true, force: true }));

// Runs `newslens analyze PATH` both ways; returns [native, wasm] as { status, stdout }.
function both(input) {
  const run = (cmd, args) => {
    const r = spawnSync(cmd, args, { maxBuffer: 1 << 30, encoding: 'buffer' });
    assert.equal(r.error, undefined, `${cmd}: ${r.error}`);
    return { status: r.status, stdout: r.stdout };
  };
  return [run(native, ['analyze', input]), run(process.execPath, [wasm, 'analyze', input])];
}

function assertSame(input) {
  const [n, w] = both(input);
  assert.equal(w.status, n.status, `exit status for ${input}`);
  assert.ok(n.stdout.length > 100, `native printed JSON for ${input}`);
  // Byte for byte; on a difference, say where, rather than printing megabytes.
  if (!n.stdout.equals(w.stdout)) {
    let at = 0;
    while (at < n.stdout.length && n.stdout[at] === w.stdout[at]) ++at;
    assert.fail(`${input}: outputs differ at byte ${at}: native ...${n.stdout.subarray(Math.max(0, at - 80), at + 80)}` +
      `... wasm ...${w.stdout.subarray(Math.max(0, at - 80), at + 80)}...`);
  }
}

test('the bundled corpus: WebAssembly and native give the same JSON', () => {
  assert.ok(existsSync(wasm), `${wasm} is built (tools/test builds the web preset)`);
  assertSame(path.join(repo, 'assets/corpus'));
});

test('broken and awkward inputs: the same errors, warnings and analysis both ways', () => {
  writeFileSync(path.join(junk, 'latin1.txt'), Buffer.from('Caf\xe9 owner Jos\xe9 Mart\xednez said: "We opened in 1999."\n', 'latin1'));
  writeFileSync(path.join(junk, 'empty.txt'), '');
  writeFileSync(path.join(junk, 'binary.txt'), Buffer.from([0, 1, 2, 255, 254, 0, 7, 8]));
  writeFileSync(path.join(junk, 'unbalanced.md'),
    'Talks\n\n"We will meet again," Putin said. "Trade reached $190bn, he said.\n\nXi said “no limits.\n');
  writeFileSync(path.join(junk, 'saved-page.html'),
    '<html><head><title>Talks | Example News</title><meta property="og:site_name" content="Example News">' +
    '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-10-18T09:41:00Z"}</script>' +
    '</head><body><nav>Home</nav><article><h1>Xi and Putin meet</h1><p>&ldquo;We are old friends,&rdquo; ' +
    'Xi Jinping told Vladimir Putin in Beijing &amp; Moscow&#8217;s envoy agreed.</p><figure><figcaption>Xi. ' +
    'Getty Images</figcaption></figure></article><footer>&copy; 2023</footer></body></html>');
  writeFileSync(path.join(junk, 'records.jsonl'),
    '{"title":"One","text":"Xi Jinping met Vladimir Putin in Beijing on Wednesday."}\n{"title":"Two"\n');
  assertSame(junk);
});

for (const [name, dir] of [['PolNeAR dev', '../shared/data/polnear/dev/text'], ['BBC (2,225 articles)', '../shared/data/bbc']]) {
  const input = path.resolve(repo, dir);
  test(`${name}: WebAssembly and native give the same JSON`,
    { skip: !existsSync(input) && `skipped: ${dir} not found` }, () => assertSame(input));
}
