#!/usr/bin/python3
"""Build a benchmark corpus from the ANT articles for scripts/bench.

Takes the <TEXT> body of every ANT article, and writes passes over all of
them, each pass in a different shuffled order (fixed seed), into SHARDS
TREC files (.trec), one <DOC> per article with a DOCNO and its category,
until TARGET_MB megabytes (10^6 bytes) are written. Real articles in a real
mix, each its own document, not one file repeated.
Usage: make-corpus.py ANT_DIR OUT_DIR TARGET_MB [SHARDS]
"""
import os
import random
import re
import sys

TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
CAT = re.compile(r"<CAT>(.*?)</CAT>", re.S)


def articles(ant):
    out = []
    for root, dirs, names in os.walk(ant):
        dirs.sort()
        for name in sorted(names):
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(root, name), encoding="utf-8") as f:
                data = f.read()
            m, cat = TEXT.search(data), CAT.search(data)
            if m and m.group(1).strip():
                out.append((name[:-4], cat.group(1).strip() if cat else "", m.group(1).strip()))
    return out


def main():
    ant, out_dir, target_mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
    shards = int(sys.argv[4]) if len(sys.argv) > 4 else 32
    texts = articles(ant)
    rng = random.Random(20261124)
    os.makedirs(out_dir, exist_ok=True)
    files = [open(os.path.join(out_dir, "shard-%03d.trec" % i), "w", encoding="utf-8")
             for i in range(shards)]
    written, passes, i = 0, 0, 0
    while written < target_mb * 1e6:
        order = texts[:]
        rng.shuffle(order)
        passes += 1
        for docno, cat, text in order:
            doc = "<DOC>\n<DOCNO>%s-%d</DOCNO>\n<CAT>%s</CAT>\n<TEXT>\n%s\n</TEXT>\n</DOC>\n" % (
                docno, passes, cat, text)
            files[i % shards].write(doc)
            written += len(doc.encode("utf-8"))
            i += 1
    for f in files:
        f.close()
    print("%d articles, %d passes, %d shards, %.1f MB" % (len(texts), passes, shards, written / 1e6))


if __name__ == "__main__":
    main()
