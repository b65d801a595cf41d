#!/usr/bin/env python3
"""Golden test: the real `newslens analyze` on the bundled corpus and on broken inputs.

Usage: test_cli_corpus.py PATH/TO/newslens   (run from the repository root)
Checks the JSON shape of ../shared/CONTRACT.md, the documents' ids, titles and byte counts, and that bad
inputs become error entries (exit 1) while the good ones are still analysed.
"""
import json
import os
import subprocess
import sys
import tempfile

CLI = sys.argv[1]
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)


def analyze(*paths):
    proc = subprocess.run([CLI, "analyze", *paths], capture_output=True)
    out = json.loads(proc.stdout.decode("utf-8"))  # must be valid UTF-8 JSON whatever the input
    return proc.returncode, out, proc.stderr.decode("utf-8", "replace")


EXPECTED = {  # id: (bytes, title prefix)
    "000_23df6fbf173a6d2e": (2061, "China’s President Xi Jinping on Wednesday hailed"),
    "001_c6671510831a82dd": (2351, "Chinese president notes that he and Putin have met 42 times"),
    "002_df33746b23206ae2": (2756, "Putin Meets Xi Jinping in Beijing: Deepening Friendship"),
    "003_061724f570955f0f": (5567, "Russian-Chinese Summit, President Vladimir Putin meets Xi"),
    "004_9ac02513c2486903": (4609, "Russian President Putin In China To Meet ‘Dear Friend’ Xi"),
}

code, out, err = analyze("assets/corpus")
check(code == 0, f"exit status {code} on the bundled corpus, stderr: {err}")
for key in ("documents", "entities", "quotes", "cooccurrence", "errors"):
    check(isinstance(out.get(key), list), f"missing list '{key}'")
docs = {d["id"]: d for d in out["documents"]}
check(sorted(docs) == sorted(EXPECTED), f"document ids {sorted(docs)}")
for doc_id, (size, title) in EXPECTED.items():
    d = docs.get(doc_id, {})
    check(d.get("bytes") == size, f"{doc_id}: bytes {d.get('bytes')} != {size}")
    check(d.get("title", "").startswith(title), f"{doc_id}: title {d.get('title')!r}")
    check(d.get("path", "").endswith(doc_id + ".txt"), f"{doc_id}: path {d.get('path')!r}")
    check(d.get("warnings") == [], f"{doc_id}: warnings {d.get('warnings')}")
check(docs.get("002_df33746b23206ae2", {}).get("outlet") == "Time News", "002: outlet from the byline")
check(docs.get("003_061724f570955f0f", {}).get("date") == "2023-10-26", "003: date from the dateline")
check(out["errors"] == [], f"errors on the bundled corpus: {out['errors']}")

# Broken inputs beside a good one: errors name each file, the good article is still analysed.
with tempfile.TemporaryDirectory() as tmp:
    files = {
        "good.txt": "A headline\n\nXi Jinping met Vladimir Putin in Beijing.\n".encode(),
        "empty.txt": b"",
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "latin1.txt": b"Headline\n\nArsenal paid \xa35m for the striker.\n",
        "broken.jsonl": b'{"text": "fine article."}\n{"text": \n',
        "unbalanced.txt": "Head\n\n“He never closed this quote, Putin said.\n".encode(),
        # "Save Page As" (complete): the page, and beside it its resources, a frame's HTML among them.
        "saved.html": ("<html><head><title>Xi hosts Putin | Example News</title><script>var q = \"said\";</script>"
                       "</head><body><nav>Home</nav><article><p>&ldquo;We are friends,&rdquo; Xi Jinping said."
                       "</p></article></body></html>").encode(),
        "saved_files/ad-frame.html": b"<html><body><p>Buy now! Great deals today only.</p></body></html>",
        "saved_files/app.js": b"document.title = 'x';",
    }
    os.mkdir(os.path.join(tmp, "saved_files"))
    for name, data in files.items():
        with open(os.path.join(tmp, name), "wb") as f:
            f.write(data)
    code, out, err = analyze(tmp, os.path.join(tmp, "missing.txt"))
    check(code == 1, f"exit status {code} with rejected inputs")
    errors = {os.path.basename(e["path"]): e["message"] for e in out["errors"]}
    check(errors.get("empty.txt", "").startswith("empty file"), f"empty.txt: {errors.get('empty.txt')}")
    check(errors.get("binary.txt", "").startswith("binary file"), f"binary.txt: {errors.get('binary.txt')}")
    check(errors.get("broken.jsonl", "").startswith("invalid JSON"), f"broken.jsonl: {errors.get('broken.jsonl')}")
    check(errors.get("missing.txt", "").startswith("no such file"), f"missing.txt: {errors.get('missing.txt')}")
    ids = sorted(d["id"] for d in out["documents"])
    check(ids == ["broken-1", "good", "latin1", "saved", "unbalanced"], f"analysed despite errors: {ids}")
    saved = next((d for d in out["documents"] if d["id"] == "saved"), {})
    check(saved.get("title") == "Xi hosts Putin", f"saved.html title: {saved.get('title')!r}")
    saved_quotes = [(q["text"], q["speaker"]) for q in out["quotes"] if q["doc"] == "saved"]
    check(saved_quotes == [("We are friends", "Xi Jinping")], f"saved.html quotes: {saved_quotes}")
    latin = next((d for d in out["documents"] if d["id"] == "latin1"), {})
    check(any("0xA3" in w for w in latin.get("warnings", [])), f"latin1 warnings: {latin.get('warnings')}")
    check("binary.txt:3:1: error: binary file" in err, f"stderr names file:line:col: {err!r}")

# Bad usage exits 2.
proc = subprocess.run([CLI, "analyze"], capture_output=True)
check(proc.returncode == 2, f"no paths: exit {proc.returncode}")

if failures:
    print("FAIL test_cli_corpus:\n  " + "\n  ".join(failures))
    sys.exit(1)
print("ok test_cli_corpus")
