// The page's JS glue, inlined into shell.html's <script> at build time (web/web.cmake), so that the one-file
// offline page needs nothing beside it. The .wasm file's name (for streaming) is filled in there too.

'use strict';
var loadingEl = document.getElementById('loading');
var barEl = document.querySelector('#bar > div');
var progressEl = document.getElementById('progress-text');
var errorEl = document.getElementById('error');
var failed = false;

function newslensPageError(message) {
  failed = true;
  loadingEl.style.display = 'flex';
  document.getElementById('bar').style.display = 'none';
  progressEl.style.display = 'none';
  errorEl.style.display = 'block';
  errorEl.textContent = message;
}
// Called by the app after its first frame with the corpus analysed; the time is what tools/bench reports.
function newslensPageReady() {
  window.newslensReadyAt = performance.now();
  if (!failed) loadingEl.style.display = 'none';
  // Outside the frame that called us: an exception here must not stop the app's frame loop.
  setTimeout(function () {
    try { newslensRestore(); } catch (e) { console.warn('newslens: could not restore the last session: ' + e); }
  }, 0);
}

// The read-only state browser tests assert on, and the command channel they drive views with.
window.newslens_status = function () {
  if (!window.Module || !Module.calledRun || !Module._newslens_status_json) return { ready: false };
  return JSON.parse(UTF8ToString(Module._newslens_status_json()));
};
window.newslens_command = function (command) {
  if (!window.Module || !Module.calledRun) return { ok: false, error: 'the app is not ready' };
  var reply = Module.ccall('newslens_command', 'number', ['string'], [JSON.stringify(command)]);
  return JSON.parse(UTF8ToString(reply));
};

// A cheap upfront check only: creating a throwaway WebGL2 context here would block the page for about a
// second while the GPU process starts, before the downloads even begin. When the API exists but the context
// cannot be made (WebGL2 disabled), the app reports it from its own context creation.
var webgl2Message = 'newslens needs WebGL2, which this browser does not provide (or has disabled).\n' +
                    'Try a current Firefox, Chrome, Edge or Safari, with hardware acceleration on.';
if (typeof WebGL2RenderingContext === 'undefined') newslensPageError(webgl2Message);

function formatBytes(n) { return n >= 1048576 ? (n / 1048576).toFixed(1) + ' MB' : Math.round(n / 1024) + ' kB'; }

var Module = {
  canvas: document.getElementById('canvas'),
  print: function (text) { console.log(text); },
  printErr: function (text) { console.warn(text); },
  monitorRunDependencies: function (left) {
    if (left === 0 && !failed) { barEl.style.width = '100%'; progressEl.textContent = 'Analysing articles…'; }
  },
  onAbort: function (what) { newslensPageError('newslens stopped: ' + what); },
};
// Stream the .wasm ourselves so the bar shows its bytes arriving too (Emscripten reports only the .data).
// Empty in the single-file build, whose code is inside this page.
var wasmFile = '@NEWSLENS_WASM_FILE@';
var wasmProgress = { done: 0, total: 0 }, dataProgress = { done: 0, total: 0 };
function showProgress() {
  var done = wasmProgress.done + dataProgress.done, total = wasmProgress.total + dataProgress.total;
  if (!total || failed) return;
  barEl.style.width = (100 * done / total).toFixed(1) + '%';
  progressEl.textContent = 'Downloading ' + formatBytes(done) + ' of ' + formatBytes(total);
}
Module.setStatus = function (text) {
  if (failed || !text) return;
  var m = text.match(/\((\d+(?:\.\d+)?)\/(\d+)\)/);
  if (m) { dataProgress.done = parseFloat(m[1]); dataProgress.total = parseFloat(m[2]); showProgress(); }
  else if (!wasmFile || wasmProgress.done >= wasmProgress.total) progressEl.textContent = text.replace(/\.\.\.$/, '…');
};
if (wasmFile) {
  // Count bytes through a pass-through stream and still compile while downloading (instantiateStreaming).
  Module.instantiateWasm = function (imports, done) {
    fetch(wasmFile).then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      wasmProgress.total = Number(response.headers.get('Content-Length')) || 0;
      var counted = response.body.pipeThrough(new TransformStream({
        transform: function (chunk, controller) {
          wasmProgress.done += chunk.length;
          showProgress();
          controller.enqueue(chunk);
        },
      }));
      return WebAssembly.instantiateStreaming(
        new Response(counted, { headers: { 'Content-Type': 'application/wasm' } }), imports);
    }).then(function (result) {
      done(result.instance, result.module);
    }).catch(function (err) {
      newslensPageError('Loading failed: could not load ' + wasmFile + ' (' + err.message + ')');
    });
    return {};
  };
}
window.Module = Module;

// --- The user's own articles: drop or open files, keep them for the next visit ----------------------
var initialHash = location.hash;  // read before the app starts writing its own state into the address bar
var MAX_FILE_BYTES = 64 * 1024 * 1024;  // the core's limit: larger files are refused before being read
var CORPUS_KEY = 'newslens.corpus.v1';
var EDITS_KEY = 'newslens.edits.v1';  // written by the app (platform/web.cpp store_item)
var uploadCount = 0;

// `name` may hold a dropped folder's path ("bbc/sport/001.txt"): its folders are kept, so two files of the
// same name in different folders are told apart by their folder, as the command line does.
function userPath(name) {
  try { Module.FS.mkdir('/user'); } catch (e) { /* exists */ }
  uploadCount += 1;
  var parts = name.split('/').filter(function (p) { return p && p !== '.' && p !== '..'; })
                  .map(function (p) { return p.replace(/\\/g, '_'); });
  return '/user/' + uploadCount + '/' + (parts.join('/') || 'file');
}
function writeUserFile(path, bytes) {
  var parts = path.split('/').slice(1, -1), dir = '';
  parts.forEach(function (p) { dir += '/' + p; try { Module.FS.mkdir(dir); } catch (e) { /* exists */ } });
  Module.FS.writeFile(path, bytes);
}
// Reads the chosen files into the page's file system and hands their paths to the app. `fileList` holds Files,
// or {file, path} pairs for the files of a dropped folder.
function newslensReceiveFiles(fileList, mode) {
  var files = Array.prototype.slice.call(fileList || []);
  if (!files.length || !Module.calledRun) return Promise.resolve(null);
  var paths = [], rejected = [];
  return Promise.all(files.map(function (item) {
    if (item.error) {  // a folder's file its entry could not give
      rejected.push({ path: item.path, message: 'could not be read: ' + (item.error.name || item.error) });
      return null;
    }
    var file = item.file || item, name = item.path || file.name;
    if (file.size > MAX_FILE_BYTES) {
      rejected.push({ path: name, message: 'file too large: ' + file.size + ' bytes (the limit is 64 MiB)' });
      return null;
    }
    return file.arrayBuffer().then(function (buffer) {
      var path = userPath(name);
      writeUserFile(path, new Uint8Array(buffer));
      paths.push(path);
    }, function (err) {
      rejected.push({ path: name, message: 'could not be read: ' + err });
    });
  })).then(function () {
    return newslens_command({ cmd: 'load_files', paths: paths, rejected: rejected, mode: mode || 'ask' });
  });
}
window.newslensReceiveFiles = newslensReceiveFiles;
var fileInput = document.getElementById('file-input');
function newslensOpenFilePicker() { fileInput.value = ''; fileInput.click(); }
fileInput.addEventListener('change', function () { newslensReceiveFiles(fileInput.files, 'ask'); });

var dropHint = document.getElementById('drop-hint'), dragDepth = 0;
window.addEventListener('dragenter', function (e) { e.preventDefault(); dragDepth++; dropHint.style.display = 'flex'; });
window.addEventListener('dragleave', function () { if (--dragDepth <= 0) { dragDepth = 0; dropHint.style.display = 'none'; } });
window.addEventListener('dragover', function (e) { e.preventDefault(); });
// A dropped folder arrives as one File that cannot be read: its articles are found by walking its entries.
// Inside a folder, as on the command line, only article files count (.txt, .md, .html, .json, .jsonl), and
// hidden ones (".DS_Store") and a saved page's resources ("Story_files/" beside "Story.html") are passed over;
// a file dropped on its own is always tried, and named if refused.
var ARTICLE_FILE = /\.(txt|text|md|markdown|html?|xhtml|json|jsonl|ndjson)$/i;
function savedPageResources(dir, siblings) {
  var m = /^(.+)_files$/.exec(dir.name);
  return !!m && siblings.some(function (s) { return s.isFile && /\.(html?|xhtml)$/i.test(s.name) && s.name.replace(/\.[^.]+$/, '') === m[1]; });
}
function readAllEntries(reader) {  // readEntries gives a batch at a time (100 in Chromium) until an empty one
  return new Promise(function (resolve) {
    var all = [];
    (function next() {
      reader.readEntries(function (batch) {
        if (!batch.length) { resolve(all); return; }
        all = all.concat(Array.prototype.slice.call(batch));
        next();
      }, function () { resolve(all); });
    })();
  });
}
function filesOfEntry(entry, prefix, inFolder) {
  if (entry.name.charAt(0) === '.' && inFolder) return Promise.resolve([]);
  if (entry.isDirectory) {
    return readAllEntries(entry.createReader()).then(function (children) {
      children.sort(function (a, b) { return a.name < b.name ? -1 : a.name > b.name ? 1 : 0; });
      children = children.filter(function (c) { return !(c.isDirectory && savedPageResources(c, children)); });
      return Promise.all(children.map(function (c) { return filesOfEntry(c, prefix + entry.name + '/', true); }))
        .then(function (lists) { return [].concat.apply([], lists); });
    });
  }
  if (inFolder && !ARTICLE_FILE.test(entry.name)) return Promise.resolve([]);
  return new Promise(function (resolve) {
    entry.file(function (file) { resolve([{ file: file, path: prefix + entry.name }]); },
               function (err) { resolve([{ path: prefix + entry.name, error: err }]); });
  });
}
function newslensReceiveEntries(entries, mode) {
  return Promise.all(entries.map(function (e) { return filesOfEntry(e, '', false); }))
    .then(function (lists) { return newslensReceiveFiles([].concat.apply([], lists), mode); });
}
window.newslensReceiveEntries = newslensReceiveEntries;
window.addEventListener('drop', function (e) {
  e.preventDefault();
  dragDepth = 0; dropHint.style.display = 'none';
  var dt = e.dataTransfer, entries = [];
  // The entries must be taken while the event lasts.
  if (dt && dt.items && dt.items.length && dt.items[0].webkitGetAsEntry) {
    for (var i = 0; i < dt.items.length; i++) {
      var entry = dt.items[i].kind === 'file' ? dt.items[i].webkitGetAsEntry() : null;
      if (entry) entries.push(entry);
    }
  }
  if (entries.length && entries.some(function (x) { return x.isDirectory; })) newslensReceiveEntries(entries, 'ask');
  else newslensReceiveFiles(dt && dt.files, 'ask');
});

function toBase64(bytes) {
  var chunks = [];
  for (var i = 0; i < bytes.length; i += 0x8000) chunks.push(String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000)));
  return btoa(chunks.join(''));
}
function fromBase64(text) {
  var raw = atob(text), bytes = new Uint8Array(raw.length);
  for (var i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}
// Called by the app whenever the user's corpus changes; an empty spec means "back to the bundled articles".
function newslensPersistCorpus(specText) {
  try {
    if (!specText) { localStorage.removeItem(CORPUS_KEY); return; }
    var spec = JSON.parse(specText);
    var saved = { bundled: spec.bundled, files: spec.files.map(function (path) {
      return { path: path, data: toBase64(Module.FS.readFile(path)) };
    }) };
    localStorage.setItem(CORPUS_KEY, JSON.stringify(saved));
  } catch (e) {
    newslens_command({ cmd: 'notice', message: 'Your articles could not be kept in browser storage (' +
                                                (e.name || e) + '); they will not survive a reload.' });
  }
}
// On the first frame: bring back the articles and edits of the last visit.
function newslensRestore() {
  var saved = null;
  try { saved = JSON.parse(localStorage.getItem(CORPUS_KEY) || 'null'); } catch (e) { saved = null; }
  if (saved && saved.files && saved.files.length) {
    saved.files.forEach(function (f) { writeUserFile(f.path, fromBase64(f.data)); });
    var n = saved.files.map(function (f) { var m = f.path.match(/^\/user\/(\d+)\//); return m ? +m[1] : 0; });
    uploadCount = Math.max.apply(null, [uploadCount].concat(n));
    newslens_command({ cmd: 'load_files', paths: saved.files.map(function (f) { return f.path; }),
                       mode: saved.bundled ? 'join' : 'replace' });
  }
  // The user's merges and splits, replayed by name on whatever corpus is loaded.
  var edits = null;
  try { edits = JSON.parse(localStorage.getItem(EDITS_KEY) || 'null'); } catch (e) { edits = null; }
  if (Array.isArray(edits) && edits.length) {
    var reply = newslens_command({ cmd: 'set_entity_edits', edits: edits });
    if (!reply.ok) console.warn('newslens: saved entity edits not applied: ' + reply.error);
  }
  // A shared link reopens the same view, selection and chart settings.
  if (initialHash.length > 1) newslens_command({ cmd: 'apply_url', hash: initialHash.slice(1) });
}
window.addEventListener('error', function (e) {
  if (!Module.calledRun) newslensPageError('Loading failed: ' + (e.message || 'a file could not be loaded'));
});
