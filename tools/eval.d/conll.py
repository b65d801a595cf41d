#!/usr/bin/env python3
"""Named-entity recognition on CoNLL-2003 English dev (eng.testa), exact-span precision/recall/F1.

Usage: conll.py CLI SHARED_DIR. Documents are rebuilt from the tokens (split on -DOCSTART-, tokens joined by
single spaces, one sentence per line), fed to `newslens analyze` as one .jsonl file, and the predicted *name*
mentions (kind "name"; roles such as "the Chinese leader" are not CoNLL names) are mapped back to token spans:
PERSON->PER, ORG->ORG, PLACE->LOC. MISC is ignored on both sides. A mention that does not start and end on
token boundaries counts as a false positive. Prints figures per type and micro-averaged; never fails on a low
score.
"""
import collections, json, os, subprocess, sys, tempfile

MAP = {"PERSON": "PER", "ORG": "ORG", "PLACE": "LOC"}
TYPES = ["PER", "ORG", "LOC"]


def read_docs(path):
    docs, sent, doc = [], [], []
    for line in open(path, encoding="utf-8", errors="replace"):
        parts = line.split()
        if not parts:
            if sent:
                doc.append(sent)
                sent = []
            continue
        if parts[0] == "-DOCSTART-":
            if sent:
                doc.append(sent)
                sent = []
            if doc:
                docs.append(doc)
            doc = []
            continue
        sent.append((parts[0], parts[-1]))
    if sent:
        doc.append(sent)
    if doc:
        docs.append(doc)
    return docs


def gold_spans(tokens):
    """IOB1 tags over a document's tokens -> set of (start_tok, end_tok, type)."""
    spans, start, typ = set(), None, None
    for i, (_, tag) in enumerate(tokens + [("", "O")]):
        t = tag[2:] if tag != "O" else None
        if start is not None and (t != typ or tag.startswith("B-")):
            spans.add((start, i, typ))
            start = None
        if t and start is None:
            start, typ = i, t
    return spans


def main():
    cli, shared = sys.argv[1], sys.argv[2]
    path = os.path.join(shared, "data/conll2003/eng.testa")
    if not os.path.exists(path):
        print(f"skipped: {path} not found")
        return
    docs = read_docs(path)
    records, offsets, golds = [], [], []
    for n, doc in enumerate(docs):
        text, starts, ends, tokens, pos = "", {}, {}, [], 0
        for s, sent in enumerate(doc):
            if s:
                text += "\n"
                pos += 1
            for k, (w, tag) in enumerate(sent):
                if k:
                    text += " "
                    pos += 1
                starts[pos] = len(tokens)  # token index within the document (boundaries counted)
                text += w
                pos += len(w.encode("utf-8"))
                ends[pos] = len(tokens) + 1
                tokens.append((w, tag))
            tokens.append(("", "O"))  # sentence boundary: a name never runs across it
        records.append({"id": f"conll-{n:04d}", "title": f"CoNLL dev document {n}", "text": text})
        offsets.append((starts, ends))
        golds.append({s for s in gold_spans(tokens) if s[2] in TYPES})
    with tempfile.TemporaryDirectory() as tmp:
        f = os.path.join(tmp, "eng.testa.jsonl")
        with open(f, "w", encoding="utf-8") as out:
            for r in records:
                out.write(json.dumps(r) + "\n")
        res = subprocess.run([cli, "analyze", f], capture_output=True, text=True)
    analysis = json.loads(res.stdout)
    index = {r["id"]: n for n, r in enumerate(records)}
    preds = [set() for _ in records]
    unaligned = 0
    for e in analysis["entities"]:
        typ = MAP.get(e["type"])
        if not typ:
            continue
        for m in e["mentions"]:
            if m.get("kind", "name") != "name":
                continue
            n = index[m["doc"]]
            starts, ends = offsets[n]
            if m["start"] in starts and m["end"] in ends:
                preds[n].add((starts[m["start"]], ends[m["end"]], typ))
            else:
                preds[n].add((-m["start"], -m["end"], typ))  # never matches gold
                unaligned += 1
    tp, fp, fn = collections.Counter(), collections.Counter(), collections.Counter()
    for g, p in zip(golds, preds):
        for s in p:
            (tp if s in g else fp)[s[2]] += 1
        for s in g - p:
            fn[s[2]] += 1
    print(f"{len(records)} documents, {sum(len(g) for g in golds)} gold PER/ORG/LOC spans, "
          f"{unaligned} predicted spans off token boundaries")
    print(f"{'type':5} {'gold':>6} {'pred':>6} {'P':>6} {'R':>6} {'F1':>6}")
    for t in TYPES + ["all"]:
        a, b, c = (sum(x.values()) for x in (tp, fp, fn)) if t == "all" else (tp[t], fp[t], fn[t])
        pr = a / (a + b) if a + b else 0.0
        rc = a / (a + c) if a + c else 0.0
        f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        print(f"{t:5} {a + c:6d} {a + b:6d} {pr:6.3f} {rc:6.3f} {f1:6.3f}")


main()
