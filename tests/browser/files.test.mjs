// The user's own articles: dropped or opened, joined to or replacing the bundled ones, broken files named in
// a banner with nothing already loaded lost, kept across a reload, and a way back to the bundled articles.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { canvasShot, repo, useApp, waitReady } from './harness.mjs';

const app = useApp();
const status = app.status;
const command = app.command;

test('a file dropped on the page asks "add or replace", then joins the corpus', async () => {
  const page = app.page;
  const dataTransfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['Putin and Xi meet again\n\nVladimir Putin met Xi Jinping in Beijing on Friday.\n'],
      'dropped.txt', { type: 'text/plain' }));
    return dt;
  });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await page.waitForFunction(() => window.newslens_status().pending_load === true);
  await canvasShot(page, 'files-ask');
  assert.deepEqual(await command({ cmd: 'resolve_pending', mode: 'join' }), { ok: true });
  const s = await status();
  assert.equal(s.documents, 6);
  assert.ok(s.document_ids.includes('dropped'));
  assert.equal(s.bundled_corpus, true);
  assert.equal(s.user_files, 1);
  assert.equal(s.selected_document, 'dropped', 'the new article is the one shown');
  // No outlet in the text: the list and the reader name the file instead of 200 rows of "Unknown outlet".
  assert.deepEqual(await command({ cmd: 'select_document', id: 'dropped' }), { ok: true });
  assert.equal((await status()).reader.source, 'dropped.txt');
  assert.deepEqual(await command({ cmd: 'select_document', id: s.document_ids[0] }), { ok: true });
  assert.equal((await status()).reader.source, 'Unknown outlet', 'a bundled article is not named by its hashed file');
});

test('broken files get a banner naming each; the rest loads and nothing is lost', async () => {
  const page = app.page;
  await page.setInputFiles('#file-input', [
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    { name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) },
    { name: 'feed.jsonl', mimeType: 'application/json', buffer: Buffer.from('{"id":"rec1","outlet":"Reuters","text":"Xi spoke."}\n{"text": \n') },
    { name: 'unbalanced.txt', mimeType: 'text/plain', buffer: Buffer.from('Head\n\n“He never closed this, Putin said.\n') },
  ]);
  await page.waitForFunction(() => window.newslens_status().pending_load === true);
  await command({ cmd: 'resolve_pending', mode: 'join' });
  const s = await status();
  assert.equal(s.documents, 8, JSON.stringify(s.document_ids));
  assert.ok(s.document_ids.includes('rec1') && s.document_ids.includes('unbalanced'));
  assert.deepEqual(await command({ cmd: 'select_document', id: 'rec1' }), { ok: true });
  assert.equal((await status()).reader.source, 'Reuters', 'a record names its outlet');
  const byFile = Object.fromEntries(s.errors.map((e) => [path.basename(e.path), e.message]));
  assert.match(byFile['empty.txt'], /^empty file/);
  assert.match(byFile['photo.txt'], /^binary file/);
  assert.match(byFile['feed.jsonl'], /^invalid JSON/);
  await canvasShot(page, 'files-banner');

  // Only broken files: the corpus stays exactly as it was.
  await page.setInputFiles('#file-input', [{ name: 'nothing.md', mimeType: 'text/plain', buffer: Buffer.from('  \n') }]);
  await page.waitForFunction(() => window.newslens_status().pending_load === true);
  await command({ cmd: 'resolve_pending', mode: 'replace' });
  const after = await status();
  assert.equal(after.documents, 8);
  assert.ok(after.errors.some((e) => e.path.endsWith('nothing.md') && /^empty file/.test(e.message)));
});

test('the user\'s corpus survives a reload, and the bundled articles come back on request', async () => {
  const page = app.page;
  await page.reload();
  await waitReady(page);
  await page.waitForFunction(() => window.newslens_status().documents === 8, null, { timeout: 20000 });
  assert.equal((await status()).user_files, 3);
  assert.deepEqual(await command({ cmd: 'reset_corpus' }), { ok: true });
  let s = await status();
  assert.equal(s.documents, 5);
  assert.equal(s.user_files, 0);
  await page.reload();
  await waitReady(page);
  s = await status();
  assert.equal(s.documents, 5);
  assert.equal(s.bundled_corpus, true);
});

const bbc = path.resolve(repo, '../shared/data/bbc');
test('an article in other scripts gets its letters drawn: the fonts grow with the text', async () => {
  const page = app.page;
  const before = (await status()).font_glyphs;
  assert.ok(before > 100, `font_glyphs ${before}`);
  const text = 'Путин и Си Цзиньпин встретились в Пекине\n\n«Мы очень уверенно движемся», — сказал Путин. ' +
               'Ο Πούτιν συναντήθηκε με τον Σι στο Πεκίνο. Łukaszenka i Orbán też.\n';
  await page.setInputFiles('#file-input', [{ name: 'scripts.txt', mimeType: 'text/plain', buffer: Buffer.from(text) }]);
  await page.waitForFunction(() => window.newslens_status().pending_load === true);
  assert.deepEqual(await command({ cmd: 'resolve_pending', mode: 'join' }), { ok: true });
  const letters = new Set([...text].filter((c) => c.codePointAt(0) > 0xff && !/[\u2000-\u206f]/.test(c)));
  await page.waitForFunction((n) => window.newslens_status().font_glyphs >= n, before + letters.size, { timeout: 10000 });
  assert.deepEqual(await command({ cmd: 'select_document', id: 'scripts' }), { ok: true });
  await command({ cmd: 'show_view', view: 'reader' });
  await new Promise((r) => setTimeout(r, 300));
  await canvasShot(page, 'files-other-scripts');
});

test('a Windows-1252 file and a UTF-16 file are read, their quotations found, with a warning naming the encoding', async () => {
  const page = app.page;
  const before = await status();
  // Word's "Plain Text" (curly quotes 0x93/0x94, "£" 0xA3) and Notepad's "Unicode" (UTF-16LE with its mark).
  const word = Buffer.from('Club signs striker\n\n\x93We paid \xa35m for him,\x94 said manager Jos\xe9 Mart\xednez.\n', 'latin1');
  const notepad = Buffer.concat([Buffer.from([0xff, 0xfe]),
    Buffer.from('Talks go on\n\n“We will meet again,” said Vladimir Putin.\n', 'utf16le')]);
  await page.setInputFiles('#file-input', [
    { name: 'word.txt', mimeType: 'text/plain', buffer: word },
    { name: 'notepad.txt', mimeType: 'text/plain', buffer: notepad },
  ]);
  await page.waitForFunction(() => window.newslens_status().pending_load === true);
  assert.deepEqual(await command({ cmd: 'resolve_pending', mode: 'join' }), { ok: true });
  const s = await status();
  assert.equal(s.documents, before.documents + 2);
  assert.deepEqual(s.errors, []);
  assert.equal(s.quotes, before.quotes + 2, 'both quotations found');
  const warnings = JSON.stringify(s.warnings);
  assert.match(warnings, /word\.txt.*Windows-1252/);
  assert.match(warnings, /notepad\.txt.*UTF-16LE/);
  assert.deepEqual(await command({ cmd: 'select_document', id: 'word' }), { ok: true });
  await command({ cmd: 'show_view', view: 'reader' });
  await new Promise((r) => setTimeout(r, 300));
  await canvasShot(page, 'files-windows-1252');
});

test('a web page saved from a browser gives its article, headline and outlet, without the site around it', async () => {
  const page = app.page;
  const before = await status();
  const html = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Xi hosts Putin | Example News</title>' +
    '<meta property="og:site_name" content="Example News"><script>var said = "nothing";</script></head><body>' +
    '<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header><main><article>' +
    '<h1>Xi hosts Putin in Beijing</h1><p class="byline">By Jane Smith</p>' +
    '<div class="share-bar"><button>Share on Facebook</button></div>' +
    '<p>&ldquo;We are old friends,&rdquo; Xi Jinping told Vladimir Putin in Beijing on Wednesday.</p>' +
    '<figure><img src="a.jpg"><figcaption>Xi and Putin. Getty Images</figcaption></figure>' +
    '<p>Putin called the talks &ldquo;useful&rdquo;.</p></article></main><footer>&copy; Example News</footer></body></html>';
  await page.setInputFiles('#file-input', [{ name: 'xi-hosts-putin.html', mimeType: 'text/html', buffer: Buffer.from(html) }]);
  await page.waitForFunction(() => window.newslens_status().pending_load === true);
  assert.deepEqual(await command({ cmd: 'resolve_pending', mode: 'join' }), { ok: true });
  const s = await status();
  assert.deepEqual(s.errors, []);
  assert.equal(s.documents, before.documents + 1);
  assert.equal(s.selected_document, 'xi-hosts-putin');
  assert.equal(s.quotes, before.quotes + 2, 'the quotation and the partial one; none from the script');
  await command({ cmd: 'show_view', view: 'reader' });
  const reader = (await status()).reader;
  assert.equal(reader.source, 'Example News');
  assert.equal(reader.title, 'Xi hosts Putin in Beijing');
  await new Promise((r) => setTimeout(r, 300));
  await canvasShot(page, 'files-html');
});

test('a dropped folder gives its articles, walking subfolders, passing over hidden and non-article files and a saved page\'s resources', async () => {
  const page = app.page;
  const before = await status();
  // The drop event's entries, as Chromium gives them: readEntries hands out a batch of at most 100 at a time.
  const reply = await page.evaluate(() => {
    const file = (name, text) => ({ name, isFile: true, isDirectory: false,
      file: (ok) => ok(new File([text], name, { type: 'text/plain' })) });
    const dir = (name, children) => ({ name, isFile: false, isDirectory: true, createReader: () => {
      let at = 0;
      return { readEntries: (ok) => { const batch = children.slice(at, at + 100); at += batch.length; ok(batch); } };
    } });
    const many = [];
    for (let i = 0; i < 120; i++)
      many.push(file(`${String(i).padStart(3, '0')}.txt`, `Story ${i}\n\nVladimir Putin met Xi Jinping again, time ${i}.\n`));
    const folder = dir('mini', [
      dir('business', [file('001.txt', 'Trade grows\n\nTrade between Russia and China grew.\n')]),
      dir('sport', [file('001.txt', 'Match report\n\nChelsea beat Arsenal.\n'), file('.DS_Store', '\0\0'),
                    file('photo.jpg', '\xff\xd8'),
                    // A file the folder lists but will not give (moved away, no permission): named, not lost.
                    { name: 'gone.txt', isFile: true, isDirectory: false,
                      file: (ok, fail) => fail(new DOMException('A requested file could not be found', 'NotFoundError')) }]),
      dir('many', many),
      dir('.git', [file('HEAD', 'ref')]),
      // "Save Page As" (complete): the page, and beside it its resources, a frame's HTML among them.
      dir('saved', [file('Story.html', '<title>Saved story</title><article><p>Xi Jinping met Vladimir Putin.</p></article>'),
                    dir('Story_files', [file('frame.html', '<p>Buy now! Great deals today only.</p>'), file('app.js', 'x')])]),
    ]);
    return window.newslensReceiveEntries([folder], 'ask').then((r) => r);
  });
  assert.ok(reply === null || reply.ok !== false, JSON.stringify(reply));
  await page.waitForFunction(() => window.newslens_status().pending_load === true);
  assert.deepEqual(await command({ cmd: 'resolve_pending', mode: 'join' }), { ok: true });
  const s = await status();
  assert.equal(s.documents, before.documents + 123, 'two 001.txt, all 120 of the big folder and the saved page, nothing else');
  assert.ok(s.document_ids.includes('Story') && !s.document_ids.includes('frame'), s.document_ids.join(' '));
  assert.deepEqual(s.errors.map((e) => [e.path, e.message]), [['mini/sport/gone.txt', 'could not be read: NotFoundError']]);
  assert.ok(s.document_ids.includes('sport/001') || s.document_ids.includes('business/001'),
    'the two 001.txt are told apart by their folder: ' + s.document_ids.filter((d) => d.endsWith('001')).join(' '));
  await command({ cmd: 'reset_corpus' });
  assert.equal((await status()).documents, 5);
});

test('200 BBC articles replace the corpus', { skip: !existsSync(bbc) && 'skipped: ../shared/data/bbc not found' }, async () => {
  const files = [];
  for (const category of ['business', 'entertainment', 'politics', 'sport', 'tech'])
    for (const f of readdirSync(path.join(bbc, category)).sort().slice(0, 40)) files.push(path.join(bbc, category, f));
  const page = app.page;
  await page.setInputFiles('#file-input', files);
  await page.waitForFunction(() => window.newslens_status().pending_load === true, null, { timeout: 30000 });
  await command({ cmd: 'resolve_pending', mode: 'replace' });
  const s = await status();
  assert.equal(s.documents, 200);
  assert.equal(s.bundled_corpus, false);
  assert.deepEqual(s.errors, []);
  await canvasShot(page, 'files-bbc-200');
  // The graph of 200 unrelated stories, for a reader's eye on its nodes (types, duplicates).
  assert.deepEqual(await command({ cmd: 'show_view', view: 'network' }), { ok: true });
  await new Promise((r) => setTimeout(r, 500));
  await canvasShot(page, 'files-bbc-200-network');
  await page.reload();
  await waitReady(page);
  await page.waitForFunction(() => window.newslens_status().documents === 200, null, { timeout: 30000 });
  await command({ cmd: 'reset_corpus' });
  assert.equal((await status()).documents, 5);
});
