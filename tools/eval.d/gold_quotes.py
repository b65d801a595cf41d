#!/usr/bin/env python3
"""Quotes of the bundled corpus (assets/corpus) against tests/golden/seed_quotes.tsv.

Usage: gold_quotes.py CLI SHARED. Prints quotes found (of the gold rows), kind accuracy and speaker accuracy over
the found quotes. A gold quote is found when a predicted quote of the same document has the same text after
trimming punctuation and space, or overlaps it by >= 80% of the longer span's characters. Speaker: the predicted
`speaker` equals the gold name (one of the names of an 'A|B' row; '-' means null). Never fails on a low score.
"""
import json
import os
import subprocess
import sys

PUNCT = " \t\n,.;:!?\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e"


def norm(s):
    return s.strip(PUNCT)


def overlap(a, b):
    # Longest common substring is costly; character-position overlap needs offsets, so use the ratio of the
    # shorter text contained in the longer one as the overlap measure (relative to the longer span).
    a, b = norm(a), norm(b)
    if not a or not b:
        return 0.0
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) / len(long_) if short in long_ else 0.0


def main():
    cli = sys.argv[1]
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    gold_path = os.path.join(repo, "tests", "golden", "seed_quotes.tsv")
    corpus = os.path.join(repo, "assets", "corpus")
    if not os.path.exists(gold_path):
        print(f"skipped: {gold_path} not found")
        return
    gold = []
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("doc\t") or not line.strip():
                continue
            doc, quote, speaker, kind = line.rstrip("\n").split("\t")
            gold.append((doc, quote, speaker, kind))
    out = subprocess.run([cli, "analyze", corpus], capture_output=True, text=True, cwd=repo)
    quotes = json.loads(out.stdout)["quotes"]
    used = set()
    found = kind_ok = speaker_ok = 0
    misses = []
    for doc, text, speaker, kind in gold:
        best, best_score = None, 0.0
        for i, q in enumerate(quotes):
            if q["doc"] != doc or i in used:
                continue
            score = 1.0 if norm(q["text"]) == norm(text) else overlap(q["text"], text)
            if score > best_score:
                best, best_score = i, score
        if best is None or best_score < 0.8:
            misses.append(f"  missed   {doc[:3]} {text[:60]!r}")
            continue
        used.add(best)
        q = quotes[best]
        found += 1
        kind_ok += q["kind"] == kind
        if q["kind"] != kind:
            misses.append(f"  kind     {doc[:3]} {text[:50]!r}: {q['kind']} (gold {kind})")
        names = [] if speaker == "-" else speaker.split("|")
        ok = (q["speaker"] is None and not names) or (q["speaker"] in names)
        speaker_ok += ok
        if not ok:
            misses.append(f"  speaker  {doc[:3]} {text[:50]!r}: {q['speaker']} (gold {speaker})")
    n = len(gold)
    print(f"quotes found      {found}/{n} ({found / n:.3f}); predicted {len(quotes)}")
    print(f"kind accuracy     {kind_ok}/{found} ({kind_ok / max(found, 1):.3f})")
    print(f"speaker accuracy  {speaker_ok}/{found} ({speaker_ok / max(found, 1):.3f})")
    for m in misses:
        print(m)


if __name__ == "__main__":
    main()
