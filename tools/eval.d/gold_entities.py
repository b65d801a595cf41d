#!/usr/bin/env python3
"""Named entities of the bundled corpus against tests/golden/seed_entities.tsv, per (document, entity).

Usage: gold_entities.py CLI SHARED_DIR. A gold row is found when an entity of the same type has a mention in
that document and its name, or one of its surface forms used there, is among the gold aliases (or the gold
name is among the entity's forms there). Predicted (document, entity) pairs that match no gold row are false
positives. Prints precision, recall and F1 per type (PERSON, ORG, PLACE, MISC) and overall; never fails on a
low score.
"""
import collections, json, os, subprocess, sys

TYPES = ["PERSON", "ORG", "PLACE", "MISC"]


def main():
    cli = sys.argv[1]
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    gold_path = os.path.join(repo, "tests/golden/seed_entities.tsv")
    if not os.path.exists(gold_path):
        print(f"skipped: {gold_path} not found")
        return
    gold = collections.defaultdict(list)  # doc -> [(name, type, aliases)]
    for line in open(gold_path, encoding="utf-8"):
        if line.startswith("#") or line.startswith("doc\t") or not line.strip():
            continue
        doc, name, typ, aliases = line.rstrip("\n").split("\t")
        gold[doc].append((name, typ, set(aliases.split("|")) | {name}))
    out = subprocess.run([cli, "analyze", os.path.join(repo, "assets/corpus")], capture_output=True, text=True)
    analysis = json.loads(out.stdout)
    pred = collections.defaultdict(list)  # doc -> [(name, type, forms used there)]
    for e in analysis["entities"]:
        if e["type"] not in TYPES:
            continue
        forms = collections.defaultdict(set)
        for m in e["mentions"]:
            forms[m["doc"]].add(m["text"])
        for doc, fs in forms.items():
            pred[doc].append((e["name"], e["type"], fs | {e["name"]}))
    tp = collections.Counter(); fp = collections.Counter(); fn = collections.Counter()
    misses, extras = [], []
    for doc in sorted(set(gold) | set(pred)):
        used = set()
        for gname, gtype, galiases in gold[doc]:
            hit = None
            for k, (pname, ptype, pforms) in enumerate(pred[doc]):
                if k not in used and ptype == gtype and (pforms & galiases):
                    hit = k
                    break
            if hit is None:
                fn[gtype] += 1
                misses.append(f"{doc} {gtype} {gname}")
            else:
                tp[gtype] += 1
                used.add(hit)
        for k, (pname, ptype, pforms) in enumerate(pred[doc]):
            if k not in used:
                fp[ptype] += 1
                extras.append(f"{doc} {ptype} {pname}")

    def prf(t, p, n):
        pr = t / (t + p) if t + p else 0.0
        rc = t / (t + n) if t + n else 0.0
        return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)

    print(f"{'type':8} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for t in TYPES + ["all"]:
        a, b, c = (sum(x.values()) for x in (tp, fp, fn)) if t == "all" else (tp[t], fp[t], fn[t])
        pr, rc, f1 = prf(a, b, c)
        print(f"{t:8} {a + c:5d} {a + b:5d} {pr:6.3f} {rc:6.3f} {f1:6.3f}")
    if "-v" in sys.argv:
        print("missed:", *misses, sep="\n  ")
        print("extra:", *extras, sep="\n  ")
    else:
        print(f"missed {len(misses)}, extra {len(extras)} (run with -v to list them)")


main()
